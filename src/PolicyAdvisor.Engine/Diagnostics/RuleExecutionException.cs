namespace PolicyAdvisor.Engine;

/// <summary>A rule's condition or action threw while matching or firing.</summary>
public class RuleExecutionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleExecutionException(string message, string ruleId, IReadOnlyList<object> facts, Exception? inner)
        : base(message, inner)
    {
        RuleId = ruleId;
        Facts = facts;
    }

    /// <summary>Id of the rule whose condition or action failed.</summary>
    public string RuleId { get; }

    /// <summary>The facts being evaluated when it failed.</summary>
    public IReadOnlyList<object> Facts { get; }
}
