using System.Reflection;
using System.Reflection.Emit;

namespace EditorialLint.RuleHost.Isolation;

/// <summary>
/// Makes, for each plugin rule, an empty subclass of <see cref="WorkerRuleProxy"/> with the plugin rule's type name:
/// the engine names a rule by its type (in EL9002 and EL9006, and to disable a rule stopped at a limit), and one
/// shared proxy type would make every plugin rule the same rule to it.
/// </summary>
internal static class ProxyTypes
{
    public static WorkerRuleProxy Create(ModuleBuilder module, int index, string name)
    {
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_')]);
        var type = module.DefineType($"EditorialLint.Isolated.R{index}.{safe}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(WorkerRuleProxy));
        type.DefineDefaultConstructor(MethodAttributes.Public);
        return (WorkerRuleProxy)Activator.CreateInstance(type.CreateType())!;
    }

    public static ModuleBuilder NewModule()
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("EditorialLint.IsolatedRules." + Guid.NewGuid().ToString("N")), AssemblyBuilderAccess.RunAndCollect);
        return assembly.DefineDynamicModule("rules");
    }
}
