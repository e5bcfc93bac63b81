namespace PolicyAdvisor.Advice.Testing;

/// <summary>What a rule test expects of the advice once the rules have run.</summary>
/// <param name="Recommended">Options that must be recommended.</param>
/// <param name="NotRecommended">Options that must not be recommended.</param>
/// <param name="Risks">Risk ids that must be flagged.</param>
/// <param name="NoRisks">Risk ids that must not be flagged.</param>
/// <param name="Tradeoffs">Trade-off ids that must be shown.</param>
/// <param name="NoTradeoffs">Trade-off ids that must not be shown.</param>
/// <param name="Asserted">Derived fact types that must have at least one fact.</param>
/// <param name="NotAsserted">Derived fact types that must have none.</param>
public sealed record RuleTestExpectation(
    IReadOnlyList<string> Recommended,
    IReadOnlyList<string> NotRecommended,
    IReadOnlyList<string> Risks,
    IReadOnlyList<string> NoRisks,
    IReadOnlyList<string> Tradeoffs,
    IReadOnlyList<string> NoTradeoffs,
    IReadOnlyList<string> Asserted,
    IReadOnlyList<string> NotAsserted)
{
    /// <summary>An expectation that checks nothing.</summary>
    public static RuleTestExpectation None { get; } = new([], [], [], [], [], [], [], []);

    /// <summary>Whether nothing is expected (such a test cannot fail).</summary>
    public bool IsEmpty =>
        Recommended.Count + NotRecommended.Count + Risks.Count + NoRisks.Count +
        Tradeoffs.Count + NoTradeoffs.Count + Asserted.Count + NotAsserted.Count == 0;
}
