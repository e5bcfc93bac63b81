namespace PolicyAdvisor.Advice.Testing;

/// <summary>The outcome of one rule test.</summary>
/// <param name="Test">The test.</param>
/// <param name="Failures">One message per unmet expectation (or a run that stopped), in expectation order.</param>
/// <param name="FiredRules">Ids of the rules that fired at any time during the run, ordinal order.</param>
/// <param name="Stopped">The run ended in an engine error (a failing action, the loop guard); it then says nothing about coverage.</param>
public sealed record RuleTestResult(RuleTestCase Test, IReadOnlyList<string> Failures, IReadOnlyList<string> FiredRules, bool Stopped = false)
{
    /// <summary>What stopped the run (a run budget, a failing condition), when <see cref="Stopped"/>.</summary>
    public Rules.Diagnostic? StoppedBy { get; init; }

    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
