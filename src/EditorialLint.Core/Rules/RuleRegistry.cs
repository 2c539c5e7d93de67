using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Rules;

/// <summary>A rule with its registered actions and where it came from.</summary>
internal sealed class LoadedRule
{
    internal LoadedRule(EditorialRule rule, RuleContext context, string origin)
    {
        Rule = rule;
        Name = rule.GetType().Name;
        Context = context;
        Origin = origin;
    }

    public EditorialRule Rule { get; }

    /// <summary>The rule's descriptors, read once when it was added (a plugin's getter is not called again).</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; internal init; }

    public string Name { get; }

    /// <summary>The options the rule declares, read once when it was added.</summary>
    public ImmutableArray<OptionDeclaration> Options { get; internal init; } = [];

    /// <summary>Where the rule's documentation lives (see <see cref="RuleHelp"/>), or null when nothing says.</summary>
    public string? HelpLink { get; internal init; }

    /// <summary>"built-in" or the path of the plugin folder the rule was compiled from.</summary>
    public string Origin { get; }

    internal RuleContext Context { get; }
}

/// <summary>The rules of a run: their descriptors by id and alias, and their documentation.</summary>
internal sealed class RuleRegistry
{
    private readonly Dictionary<string, DiagnosticDescriptor> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _aliasToId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _docs = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<LoadedRule> _rules = [];
    private readonly List<string> _errors = [];

    public RuleRegistry()
    {
        foreach (var d in EngineDiagnostics.All)
        {
            AddDescriptor(d);
        }
    }

    public IReadOnlyList<LoadedRule> Rules => _rules;

    /// <summary>Changes with every rule, descriptor or page added, so that what is rendered from the registry can be cached.</summary>
    internal int Revision { get; private set; }

    /// <summary>Problems found while adding rules (duplicate ids, rules that failed to initialise).</summary>
    public IReadOnlyList<string> Errors => _errors;

    public IEnumerable<DiagnosticDescriptor> Descriptors => _byId.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>Add every public, non-abstract <see cref="EditorialRule"/> with a parameterless constructor.</summary>
    public void AddFromAssembly(Assembly assembly, string origin = "built-in", bool userRules = false)
    {
        foreach (var type in assembly.GetTypes().Where(t => typeof(EditorialRule).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            EditorialRule rule;
            try
            {
                rule = (EditorialRule)Activator.CreateInstance(type)!;
            }
            catch (Exception ex)
            {
                _errors.Add($"Rule {type.FullName} could not be created: {(ex.InnerException ?? ex).Message}");
                continue;
            }

            Add(rule, origin, userRules);
        }

        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith("ruledoc:", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var file = name["ruledoc:".Length..];
            var id = file.Length >= 6 ? file[..6] : file;
            _docs[id] = reader.ReadToEnd();
            Revision++;
        }
    }

    /// <summary>Add a rule. Returns false (and records an error) when it clashes with a known id.</summary>
    public bool Add(EditorialRule rule, string origin = "built-in", bool userRule = false)
    {
        ImmutableArray<DiagnosticDescriptor> descriptors;
        ImmutableArray<OptionDeclaration> options;
        var context = new RuleContext();
        try
        {
            descriptors = rule.SupportedDiagnostics;
            options = rule.Options.IsDefault ? [] : rule.Options;
            rule.Initialize(context);
        }
        catch (Exception ex)
        {
            _errors.Add($"Rule {rule.GetType().Name} failed to initialise: {ex.Message}");
            return false;
        }

        foreach (var d in descriptors)
        {
            if (userRule && !RuleCategories.IsUserId(d.Id))
            {
                _errors.Add($"Rule {rule.GetType().Name} ({origin}) uses id {d.Id}; custom rules must use EL6000-EL8999.");
                return false;
            }

            if (_byId.TryGetValue(d.Id, out var existing) && !ReferenceEquals(existing, d))
            {
                _errors.Add($"Rule {rule.GetType().Name} ({origin}) uses id {d.Id}, which '{existing.Title}' already uses.");
                return false;
            }
        }

        foreach (var d in descriptors)
        {
            AddDescriptor(d);
        }

        var help = descriptors.Select(d => d.HelpLinkUri).FirstOrDefault(l => !string.IsNullOrEmpty(l))
            ?? (userRule || descriptors.IsEmpty ? null : RuleHelp.LinkFor(descriptors[0].Id, rule.GetType().Name));
        _rules.Add(new LoadedRule(rule, context, origin) { Descriptors = descriptors, Options = options, HelpLink = help });
        Revision++;
        return true;
    }

    /// <summary>Add documentation for an id (a Markdown page).</summary>
    public void AddDoc(string id, string markdown)
    {
        _docs[id] = markdown;
        Revision++;
    }

    private void AddDescriptor(DiagnosticDescriptor d)
    {
        Revision++;
        _byId[d.Id] = d;
        _aliasToId.TryAdd(RuleAliases.For(d), d.Id);
    }

    /// <summary>Resolve an id or alias to the id, or null.</summary>
    public string? ResolveId(string idOrAlias)
    {
        var s = idOrAlias.Trim();
        if (_byId.ContainsKey(s))
        {
            return _byId[s].Id;
        }

        return _aliasToId.TryGetValue(s, out var id) ? id : null;
    }

    public DiagnosticDescriptor? GetDescriptor(string idOrAlias) =>
        ResolveId(idOrAlias) is { } id ? _byId[id] : null;

    public string GetAlias(string id) => _byId.TryGetValue(id, out var d) ? RuleAliases.For(d) : id.ToLowerInvariant();

    /// <summary>The rule that reports <paramref name="idOrAlias"/>, or null (an engine id, or an unknown one).</summary>
    public LoadedRule? GetRule(string idOrAlias) =>
        ResolveId(idOrAlias) is { } id ? _rules.FirstOrDefault(r => r.Descriptors.Any(d => d.Id == id)) : null;

    /// <summary>
    /// Where an id's documentation lives: what its descriptor says, else the link <see cref="RuleHelp"/> derives
    /// for it; null for an unknown id or a plugin rule that gives none.
    /// </summary>
    public string? GetHelpLink(string idOrAlias)
    {
        if (GetDescriptor(idOrAlias) is not { } d)
        {
            return null;
        }

        return !string.IsNullOrEmpty(d.HelpLinkUri) ? d.HelpLinkUri : GetRule(d.Id)?.HelpLink ?? RuleHelp.LinkFor(d.Id);
    }

    public string? GetDoc(string idOrAlias) => ResolveId(idOrAlias) is { } id && _docs.TryGetValue(id, out var doc) ? doc : null;
}
