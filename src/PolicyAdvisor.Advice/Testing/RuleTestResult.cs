namespace PolicyAdvisor.Advice.Testing;

/// <summary>The outcome of one rule test.</summary>
/// <param name="Test">The test.</param>
/// <param name="Failures">One message per unmet expectation (or a run that stopped), in expectation order.</param>
/// <param name="FiredRules">Ids of the rules that fired at any time during the run, ordinal order.</param>
public sealed record RuleTestResult(RuleTestCase Test, IReadOnlyList<string> Failures, IReadOnlyList<string> FiredRules)
{
    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
