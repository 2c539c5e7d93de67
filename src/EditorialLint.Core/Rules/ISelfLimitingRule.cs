namespace EditorialLint.Core.Rules;

/// <summary>
/// Marks a rule that enforces its own limits because its work happens outside this process (a plugin rule's proxy
/// when plugins run in worker processes): the engine calls its actions inline, as it does a built-in rule's, instead
/// of on a guarded thread under the plugin time limit, so the time a worker takes to start is not counted against the
/// plugin's own time limit.
/// </summary>
internal interface ISelfLimitingRule
{
}
