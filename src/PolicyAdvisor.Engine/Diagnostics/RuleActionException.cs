namespace PolicyAdvisor.Engine;

/// <summary>An action threw while its rule fired.</summary>
public sealed class RuleActionException(string message, string ruleId, IReadOnlyList<object> facts, Exception? inner)
    : RuleExecutionException(message, ruleId, facts, inner);
