namespace PolicyAdvisor.Engine;

/// <summary>A condition threw while matching facts.</summary>
public sealed class RuleConditionException(string message, string ruleId, string condition, IReadOnlyList<object> facts, Exception? inner)
    : RuleExecutionException(message, ruleId, facts, inner)
{
    /// <summary>Text of the failing condition.</summary>
    public string Condition { get; } = condition;
}
