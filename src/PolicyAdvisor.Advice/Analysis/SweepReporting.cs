using PolicyAdvisor.Advice.Reports;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>Turns a sweep into the memo's robustness section and signposts.</summary>
public static class SweepReporting
{
    /// <summary>The robustness summary of <paramref name="result"/>.</summary>
    public static RobustnessSummary Summary(SweepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new RobustnessSummary(
            result.Scenarios,
            result.MethodName,
            result.Options.Select(o => new OptionRobustness(o.OptionId, o.Title, o.RecommendedShare, o.RiskShare, o.Robust)).ToArray());
    }

    /// <summary>
    /// The signposts of <paramref name="result"/> as memo items: single and joint flips, then the boxes that add to them. A joint
    /// item names its first fact and lists the further fields in <see cref="SignpostItem.Field"/>, so that
    /// <c>fact_id.field</c> reads "agreement.status and referendum.outcome".
    /// </summary>
    public static IReadOnlyList<SignpostItem> Signposts(SweepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var flips = result.Signposts.Select(s => Item(s.Text, s.OptionId, s.Conditions.Select(c => (c.FactId, c.Field, c.Value)).ToArray(), " and "));
        // A one-value box on one field only repeats a single-change signpost for the same option; it is left out.
        var single = result.Signposts.Where(s => s.Conditions.Count == 1)
            .Select(s => (s.OptionId, s.Conditions[0].FactId, s.Conditions[0].Field, s.Conditions[0].Value))
            .ToHashSet();
        var boxes = result.Boxes
            .Where(b => b.Restrictions is not [{ Values: [var value] } only] || !single.Contains((b.OptionId, only.FactId, only.Field, value)))
            .Select(b => Item(b.Text, b.OptionId, b.Restrictions.Select(r => (r.FactId, r.Field, string.Join(" or ", r.Values))).ToArray(), "; "));
        return flips.Concat(boxes).ToArray();
    }

    private static SignpostItem Item(string text, string optionId, (string Fact, string Field, string Value)[] parts, string valueSeparator) =>
        new(
            text,
            optionId,
            parts[0].Fact,
            parts[0].Field + string.Concat(parts.Skip(1).Select(p => $" and {p.Fact}.{p.Field}")),
            string.Join(valueSeparator, parts.Select(p => p.Value)));
}
