using PolicyAdvisor.Advice.Running;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// The conclusions of a run frozen at one moment, so a live session can be changed (what-if) or a second rule
/// base run (diff) and the two states compared. Each conclusion keeps the rule that reached it.
/// </summary>
/// <param name="Recommendations">Recommended options with their strongest strength and every rule recommending them.</param>
/// <param name="Risks">Risks with their highest severity and the rules raising them.</param>
/// <param name="Tradeoffs">Trade-offs with the rules naming them.</param>
public sealed record AdviceSnapshot(
    IReadOnlyList<SnapshotItem> Recommendations,
    IReadOnlyList<SnapshotItem> Risks,
    IReadOnlyList<SnapshotItem> Tradeoffs)
{
    private static readonly string[] StrengthOrder = ["strong", "moderate", "weak"];
    private static readonly string[] SeverityOrder = ["high", "moderate", "low"];

    /// <summary>Reads the current conclusions of <paramref name="run"/>.</summary>
    public static AdviceSnapshot Of(AdviceRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new AdviceSnapshot(
            Group(run.Recommendations.Select(r => (r.Option, r.Strength, r.RuleId, string.Empty)), StrengthOrder),
            Group(run.Risks.Select(r => (r.Risk, r.Severity, r.RuleId, r.Against.Count == 0 ? string.Empty : "against " + string.Join(", ", r.Against))), SeverityOrder),
            Group(run.Tradeoffs.Select(t => (t.Tradeoff, string.Empty, t.RuleId, string.Join(" vs ", t.Sides.Select(s => s.Option)))), []));
    }

    // Several rules may reach the same conclusion; the item keeps the strongest grade, every rule and every
    // distinct detail, sorted, so two snapshots of equal advice compare equal whatever the firing order was.
    private static IReadOnlyList<SnapshotItem> Group(IEnumerable<(string Id, string Grade, string Rule, string Detail)> items, string[] order) =>
        items.GroupBy(i => i.Id, StringComparer.Ordinal)
            .Select(g => new SnapshotItem(
                g.Key,
                g.Select(i => i.Grade).OrderBy(s => Rank(order, s)).ThenBy(s => s, StringComparer.Ordinal).First(),
                g.Select(i => i.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray())
            {
                Detail = string.Join("; ", g.Select(i => i.Detail).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            })
            .OrderBy(i => i.Id, StringComparer.Ordinal)
            .ToArray();

    private static int Rank(string[] order, string grade)
    {
        var index = Array.IndexOf(order, grade);
        return index < 0 ? order.Length : index;
    }
}

/// <summary>One conclusion in a snapshot.</summary>
/// <param name="Id">Option, risk or trade-off id.</param>
/// <param name="Grade">Strength of a recommendation or severity of a risk; empty for a trade-off.</param>
/// <param name="Rules">Ids of the rules that reached it, sorted.</param>
public sealed record SnapshotItem(string Id, string Grade, IReadOnlyList<string> Rules)
{
    /// <summary>
    /// What else a reader compares: the options a risk weighs against (<c>against a, b</c>) or a trade-off's two
    /// options (<c>a vs b</c>); empty for a recommendation.
    /// </summary>
    public string Detail { get; init; } = string.Empty;
}
