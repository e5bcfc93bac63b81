namespace PolicyAdvisor.Advice.Testing;

/// <summary>The outcome of running a set of rule tests.</summary>
/// <param name="Results">One result per test, in the order run.</param>
/// <param name="Coverage">Which rules the tests saw firing and not firing.</param>
public sealed record RuleTestSuiteResult(IReadOnlyList<RuleTestResult> Results, RuleCoverage Coverage)
{
    /// <summary>Tests whose expectations all held.</summary>
    public int PassedCount => Results.Count(r => r.Passed);

    /// <summary>Tests with at least one unmet expectation.</summary>
    public int FailedCount => Results.Count(r => !r.Passed);
}
