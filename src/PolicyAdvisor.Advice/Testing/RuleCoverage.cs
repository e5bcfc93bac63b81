using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Testing;

/// <summary>
/// Per-rule coverage of a test suite: a rule counts as covered once some test saw it fire and some test saw it
/// not fire, so both its conclusion and the premises that hold it back have been exercised.
/// </summary>
/// <param name="Entries">One entry per rule, in rule-base load order.</param>
public sealed record RuleCoverage(IReadOnlyList<RuleCoverageEntry> Entries)
{
    /// <summary>Rules covered both ways.</summary>
    public int CoveredCount => Entries.Count(e => e.Covered);

    /// <summary>Covered rules as a percentage of all rules; 100 when there are no rules.</summary>
    public double Percent => Entries.Count == 0 ? 100 : 100.0 * CoveredCount / Entries.Count;

    /// <summary>Rules no test saw fire.</summary>
    public IReadOnlyList<RuleCoverageEntry> NeverFired => Entries.Where(e => e.FiredIn == 0).ToArray();

    /// <summary>Rules that fired in every test, so no test shows a premise failing.</summary>
    public IReadOnlyList<RuleCoverageEntry> NeverSeenNotFiring => Entries.Where(e => e.NotFiredIn == 0).ToArray();

    /// <summary>
    /// Counts, for each rule, the results in which it did and did not fire. A stopped run is left out: the rules
    /// after the failure never had their chance, so their silence proves nothing.
    /// </summary>
    public static RuleCoverage Of(IReadOnlyList<RuleSpec> rules, IReadOnlyList<RuleTestResult> results)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(results);
        var fired = results.Where(r => !r.Stopped).Select(r => new HashSet<string>(r.FiredRules, StringComparer.Ordinal)).ToArray();
        return new RuleCoverage(rules.Select(rule =>
        {
            var firedIn = fired.Count(set => set.Contains(rule.Id));
            return new RuleCoverageEntry(rule.Id, rule.File, rule.Line, firedIn, fired.Length - firedIn);
        }).ToArray());
    }
}
