using PolicyAdvisor.Advice.Reporting;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Situations;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>Turns a sweep into the memo's robustness section and signposts.</summary>
public static class SweepReporting
{
    /// <summary>
    /// The robustness summary of <paramref name="result"/>. Uncertain fields whose present value is none of their
    /// alternatives (a pending vote) are named as left out of the futures, and an option advised now that rests on
    /// such a present value says so, so a 0% never stands without its reason.
    /// </summary>
    public static RobustnessSummary Summary(SweepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var excluded = result.Dimensions.Where(d => d.StatedIndex == d.Values.Count).ToArray();
        return new RobustnessSummary(
            result.Scenarios,
            result.MethodName,
            excluded.Select(d => $"{d.Name} ({d.LabelAt(d.Values.Count)})").ToArray(),
            result.Options.Select(o => new OptionRobustness(o.OptionId, o.Title, o.StatedRecommended, o.RecommendedShare, o.RiskShare, o.Robust, Note(result, o, excluded))).ToArray());
    }

    /// <summary>
    /// The signposts of <paramref name="result"/> as memo items, ranked like the memo's own: single and joint
    /// flips, then the boxes that add to them. Flips of the same change are one signpost.
    /// </summary>
    /// <param name="result">The sweep.</param>
    /// <param name="report">The report the sweep is for, whose recommended courses weigh the ranking.</param>
    /// <param name="situation">The situation swept, for the likelihood of each change.</param>
    public static IReadOnlyList<SignpostItem> Signposts(SweepResult result, AdviceReport report, Situation situation)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(report);
        var flips = result.Signposts
            .GroupBy(s => string.Join("\n", s.Conditions.Select(c => $"{c.FactId}\t{c.Field}\t{c.Value}")), StringComparer.Ordinal)
            .Select(g => new SignpostRanking.Change(
                g.First().Conditions.Select(c => (c.FactId, c.Field, c.Value)).ToArray(),
                g.Where(s => s.Lost).Select(s => s.OptionId).ToArray(),
                g.Where(s => !s.Lost).Select(s => s.OptionId).ToArray()));
        // A one-value box on one field only repeats a single-change signpost for the same option; it is left out.
        var single = result.Signposts.Where(s => s.Conditions.Count == 1)
            .Select(s => (s.OptionId, s.Conditions[0].FactId, s.Conditions[0].Field, s.Conditions[0].Value))
            .ToHashSet();
        var stated = result.Options.Where(o => o.StatedRecommended).Select(o => o.OptionId).ToHashSet(StringComparer.Ordinal);
        var boxes = result.Boxes
            .Where(b => b.Restrictions is not [{ Values: [var value] } only] || !single.Contains((b.OptionId, only.FactId, only.Field, value)))
            .Select(b => new SignpostRanking.Change(
                b.Restrictions.Select(r => (r.FactId, r.Field, string.Join(" or ", r.Values))).ToArray(),
                stated.Contains(b.OptionId) ? [b.OptionId] : [],
                stated.Contains(b.OptionId) ? [] : [b.OptionId]));
        var courses = report.Decisions.SelectMany(d => d.Course.Select(c => c.OptionId)).ToHashSet(StringComparer.Ordinal);
        return SignpostRanking.Rank(flips.Concat(boxes), courses, situation);
    }

    // An option advised now that every resolution of a left-out present value takes away rests on that value.
    private static string? Note(SweepResult result, OptionOutcome option, IReadOnlyList<SweepDimension> excluded)
    {
        if (!option.StatedRecommended)
        {
            return null;
        }

        var restsOn = excluded
            .Where(d => Enumerable.Range(0, d.Values.Count).All(v => result.Signposts.Any(s =>
                s.OptionId == option.OptionId && s.Lost && s.Conditions is [var c] && c.FactId == d.FactId && c.Field == d.Field && c.Value == d.LabelAt(v))))
            .Select(d => $"{d.Phrase} is {d.LabelAt(d.Values.Count)}")
            .ToArray();
        if (restsOn.Length > 0)
        {
            return $"Advised only while {string.Join(" and ", restsOn)}; the futures cover only how that resolves, so they leave it out.";
        }

        return option.RecommendedShare < 0.0005 ? "Advised as things stand, but in none of the futures the sweep drew." : null;
    }
}
