namespace PolicyAdvisor.Engine;

/// <summary>A single Fire exceeded <see cref="EngineOptions.MaxActivationsPerFire"/>: rules kept re-firing.</summary>
public sealed class RuleLoopException(string message, int limit, IReadOnlyList<string> ruleIds) : Exception(message)
{
    /// <summary>The bound that was exceeded.</summary>
    public int Limit { get; } = limit;

    /// <summary>Rules that fired most within the bound, most frequent first.</summary>
    public IReadOnlyList<string> RuleIds { get; } = ruleIds;
}
