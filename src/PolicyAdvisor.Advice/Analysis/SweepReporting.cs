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

    /// <summary>The signposts of <paramref name="result"/>: single and joint flips, then the boxes, as memo items.</summary>
    public static IReadOnlyList<SignpostItem> Signposts(SweepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var flips = result.Signposts.Select(s => new SignpostItem(
            s.Text,
            s.OptionId,
            string.Join("; ", s.Conditions.Select(c => c.FactId)),
            string.Join("; ", s.Conditions.Select(c => c.Field)),
            string.Join("; ", s.Conditions.Select(c => c.Value))));
        var boxes = result.Boxes.Select(b => new SignpostItem(
            b.Text,
            b.OptionId,
            string.Join("; ", b.Restrictions.Select(r => r.FactId)),
            string.Join("; ", b.Restrictions.Select(r => r.Field)),
            string.Join("; ", b.Restrictions.Select(r => string.Join(" or ", r.Values)))));
        return flips.Concat(boxes).ToArray();
    }
}
