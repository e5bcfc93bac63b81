namespace PolicyAdvisor.Engine;

/// <summary>A rule could not be compiled into the network (unknown binding, bad condition shape, duplicate id).</summary>
public sealed class RuleCompilationException(string message, string ruleId, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Id of the rule that failed to compile.</summary>
    public string RuleId { get; } = ruleId;
}
