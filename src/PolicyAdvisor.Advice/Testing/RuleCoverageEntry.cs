namespace PolicyAdvisor.Advice.Testing;

/// <summary>How the rule tests exercised one rule.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="File">Its rules file.</param>
/// <param name="Line">Its 1-based line.</param>
/// <param name="FiredIn">Tests in which it fired.</param>
/// <param name="NotFiredIn">Tests in which it did not fire (some premise failed).</param>
public sealed record RuleCoverageEntry(string RuleId, string File, int Line, int FiredIn, int NotFiredIn)
{
    /// <summary>Seen both firing and not firing: the tests show its premises matter.</summary>
    public bool Covered => FiredIn > 0 && NotFiredIn > 0;
}
