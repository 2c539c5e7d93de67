using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// Writes the reference part of docs/rule-api.md from the rule SDK (EditorialLint.Core): every public type of the
/// rule-facing namespaces with its public and protected members, each with the summary of its XML documentation.
/// </summary>
internal static partial class RuleApiReference
{
    /// <summary>The namespaces a rule uses; the engine's own (Analysis, Parsing, Testing …) are not part of the rule API.</summary>
    public static readonly string[] Namespaces =
    [
        "EditorialLint.Core.Rules", "EditorialLint.Core.Syntax", "EditorialLint.Core.Configuration", "EditorialLint.Core.Data", "EditorialLint.Core.Spelling",
    ];

    /// <summary>Engine types that are public for the tool's sake but not for rules (they are not in the reference).</summary>
    public static readonly string[] EngineTypes =
    [
        "RuleRegistry", "LoadedRule", "PluginGuard", "PluginLimitException", "EditorialConfiguration", "DocumentConfiguration", "FixGuard",
    ];

    public static string Generate(Assembly sdk, XDocument xml)
    {
        var docs = xml.Descendants("member").Where(m => m.Attribute("name") is not null)
            .GroupBy(m => m.Attribute("name")!.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var ns in Namespaces)
        {
            var types = sdk.GetExportedTypes()
                .Where(t => t.Namespace == ns && !EngineTypes.Contains(t.Name, StringComparer.Ordinal) && !t.IsNested)
                .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            if (types.Count == 0)
            {
                continue;
            }

            sb.Append("### ").Append(ns).Append("\n\n");
            foreach (var type in types)
            {
                sb.Append("#### ").Append(Kind(type)).Append(" `").Append(Display(type)).Append("`\n\n");
                sb.Append(Summary(docs, "T:" + Id(type))).Append("\n\n");
                var rows = Members(type).Where(m => !IsImplicitConstructor(docs, m)).Select(m => (Signature(m), Summary(docs, DocId(m)))).ToList();
                if (rows.Count > 0)
                {
                    sb.Append("| Member | Description |\n|---|---|\n");
                    foreach (var (sig, summary) in rows)
                    {
                        sb.Append("| `").Append(sig.Replace("|", "\\|", StringComparison.Ordinal)).Append("` | ").Append(summary.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
                    }

                    sb.Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>A parameterless constructor with no documentation: the one the compiler adds (it cannot carry any).</summary>
    private static bool IsImplicitConstructor(Dictionary<string, XElement> docs, MemberInfo m) =>
        m is ConstructorInfo c && c.GetParameters().Length == 0 && !docs.ContainsKey(DocId(c));

    /// <summary>Members without documentation (their doc ids), to keep the reference complete.</summary>
    public static IReadOnlyList<string> Undocumented(Assembly sdk, XDocument xml)
    {
        var docs = xml.Descendants("member").Where(m => m.Attribute("name") is not null && m.Element("summary") is not null)
            .GroupBy(m => m.Attribute("name")!.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var types = sdk.GetExportedTypes().Where(t => Namespaces.Contains(t.Namespace) && !EngineTypes.Contains(t.Name, StringComparer.Ordinal) && !t.IsNested);
        return [.. types.SelectMany(t => new[] { "T:" + Id(t) }.Concat(Members(t).Where(m => !IsImplicitConstructor(docs, m)).Select(DocId)))
            .Where(id => !docs.ContainsKey(id)).Order(StringComparer.Ordinal)];
    }

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? (IsRecord(t) ? "record struct" : "struct")
        : t.IsAbstract && t.IsSealed ? "static class" : IsRecord(t) ? "record" : t.IsAbstract ? "abstract class" : "class";

    private static bool IsRecord(Type t) => t.GetMethod("<Clone>$") is not null || t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(StringBuilder)]) is not null;

    private static IEnumerable<MemberInfo> Members(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var recordNoise = new HashSet<string>(StringComparer.Ordinal) { "Equals", "GetHashCode", "ToString", "Deconstruct", "PrintMembers", "EqualityContract" };
        bool Visible(MemberInfo m) => m switch
        {
            MethodBase b => b.IsPublic || b.IsFamily || b.IsFamilyOrAssembly,
            FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
            PropertyInfo p => (p.GetMethod ?? p.SetMethod) is { } a && Visible(a),
            EventInfo e => e.AddMethod is { } a && Visible(a),
            _ => false,
        };

        return type.GetMembers(flags)
            .Where(m => m is not Type && Visible(m) && !m.Name.Contains('<', StringComparison.Ordinal) && !m.Name.Contains('$', StringComparison.Ordinal))
            .Where(m => m is not MethodInfo { IsSpecialName: true })
            .Where(m => !(type.IsEnum && m.Name == "value__"))
            .Where(m => !(IsRecord(type) && recordNoise.Contains(m.Name)))
            .Where(m => !(m is ConstructorInfo && (type.IsAbstract && type.IsSealed)))
            .Where(m => !(IsRecord(type) && m is ConstructorInfo c && c.GetParameters() is [{ } only] && only.ParameterType == type))
            .OrderBy(m => Order(m)).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(Signature, StringComparer.Ordinal);
    }

    private static int Order(MemberInfo m) => m switch
    {
        FieldInfo => 0,
        ConstructorInfo => 1,
        PropertyInfo => 2,
        MethodInfo => 3,
        _ => 4,
    };

    private static string Signature(MemberInfo m) => m switch
    {
        ConstructorInfo c => Display(c.DeclaringType!) + "(" + Parameters(c) + ")",
        MethodInfo mi => (mi.IsStatic ? "static " : string.Empty) + Display(mi.ReturnType) + " " + mi.Name +
            (mi.IsGenericMethodDefinition ? "<" + string.Join(", ", mi.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty) + "(" + Parameters(mi) + ")",
        PropertyInfo p => Display(p.PropertyType) + " " + p.Name + (p.GetIndexParameters() is { Length: > 0 } ix ? "[" + string.Join(", ", ix.Select(i => Display(i.ParameterType) + " " + i.Name)) + "]" : string.Empty) +
            " { " + (p.GetMethod is { } g && (g.IsPublic || g.IsFamily) ? "get; " : string.Empty) + (p.SetMethod is { } s && (s.IsPublic || s.IsFamily) ? (s.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? "init; " : "set; ") : string.Empty) + "}",
        FieldInfo f => f.DeclaringType!.IsEnum ? f.Name : (f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty) + Display(f.FieldType) + " " + f.Name,
        EventInfo e => "event " + Display(e.EventHandlerType!) + " " + e.Name,
        _ => m.Name,
    };

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p =>
        (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : p.GetCustomAttributes(typeof(ParamArrayAttribute), false).Length > 0 ? "params " : string.Empty) +
        Display(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType) + " " + p.Name + (p.HasDefaultValue ? " = " + Literal(p.DefaultValue) : string.Empty)));

    private static string Literal(object? v) => v switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        Enum e => e.GetType().Name + "." + e,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "null",
    };

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(string)] = "string", [typeof(int)] = "int", [typeof(bool)] = "bool", [typeof(char)] = "char", [typeof(object)] = "object",
        [typeof(long)] = "long", [typeof(double)] = "double", [typeof(byte)] = "byte", [typeof(float)] = "float", [typeof(uint)] = "uint", [typeof(ulong)] = "ulong",
    };

    private static string Display(Type t)
    {
        if (Keywords.TryGetValue(t, out var k))
        {
            return k;
        }

        if (t.IsArray)
        {
            return Display(t.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(t) is { } inner)
        {
            return Display(inner) + "?";
        }

        var name = t.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (t.IsNested && !t.IsGenericParameter)
        {
            name = Display(t.DeclaringType!) + "." + name;
        }

        return t.IsGenericType ? name + "<" + string.Join(", ", t.GetGenericArguments().Select(Display)) + ">" : name;
    }

    private static string Summary(Dictionary<string, XElement> docs, string id)
    {
        if (!docs.TryGetValue(id, out var member) || member.Element("summary") is not { } summary)
        {
            return "(not documented)";
        }

        var text = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            text.Append(node switch
            {
                XText x => x.Value,
                XElement { Name.LocalName: "see" or "seealso" } e => "`" + ShortCref(e.Attribute("cref")?.Value ?? e.Attribute("langword")?.Value ?? e.Value) + "`",
                XElement { Name.LocalName: "paramref" or "typeparamref" } e => "`" + e.Attribute("name")?.Value + "`",
                XElement { Name.LocalName: "c" } e => "`" + e.Value + "`",
                XElement e => e.Value,
                _ => string.Empty,
            });
        }

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static string ShortCref(string cref)
    {
        var body = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var paren = body.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            body = body[..paren];
        }

        var parts = body.Split('.');
        return cref.StartsWith("T:", StringComparison.Ordinal) || parts.Length < 2 ? parts[^1].Replace("`1", string.Empty, StringComparison.Ordinal) : parts[^2] + "." + parts[^1];
    }

    /// <summary>The XML documentation id of a type: namespace and name, nested types joined with '.'.</summary>
    private static string Id(Type t) => (t.FullName ?? t.Name).Replace('+', '.');

    private static string DocId(MemberInfo m)
    {
        var owner = Id(m.DeclaringType!);
        return m switch
        {
            ConstructorInfo c => "M:" + owner + ".#ctor" + ParamIds(c),
            MethodInfo mi => "M:" + owner + "." + mi.Name + (mi.IsGenericMethodDefinition ? "``" + mi.GetGenericArguments().Length : string.Empty) + ParamIds(mi),
            PropertyInfo p => "P:" + owner + "." + p.Name + (p.GetIndexParameters() is { Length: > 0 } ix ? "(" + string.Join(",", ix.Select(i => TypeId(i.ParameterType))) + ")" : string.Empty),
            FieldInfo f => "F:" + owner + "." + f.Name,
            EventInfo e => "E:" + owner + "." + e.Name,
            _ => m.Name,
        };
    }

    private static string ParamIds(MethodBase m) =>
        m.GetParameters() is { Length: > 0 } ps ? "(" + string.Join(",", ps.Select(p => TypeId(p.ParameterType))) + ")" : string.Empty;

    private static string TypeId(Type t)
    {
        if (t.IsByRef)
        {
            return TypeId(t.GetElementType()!) + "@";
        }

        if (t.IsArray)
        {
            return TypeId(t.GetElementType()!) + "[]";
        }

        if (t.IsGenericParameter)
        {
            return (t.DeclaringMethod is null ? "`" : "``") + t.GenericParameterPosition;
        }

        if (t.IsGenericType)
        {
            var def = t.GetGenericTypeDefinition();
            var name = Id(def);
            name = name[..name.IndexOf('`', StringComparison.Ordinal)];
            return name + "{" + string.Join(",", t.GetGenericArguments().Select(TypeId)) + "}";
        }

        return Id(t);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
