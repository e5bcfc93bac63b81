using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// Turns flips into the memo's signposts and ranks them by how much advice they flip: options of the recommended
/// courses that would be lost plus options that would become advised; ties go to the likelier change, then to
/// the fact id (never its place in the file, so a reordered situation gives the same memo), then to the order the
/// changes came in (field and value order).
/// </summary>
public static class SignpostRanking
{
    /// <summary>One change (one or several fields together) and the options it flips.</summary>
    /// <param name="Parts">Fact id, field and value of each field changed.</param>
    /// <param name="Lost">Options advised now that stop being advised.</param>
    /// <param name="Gained">Options that become advised.</param>
    public sealed record Change(IReadOnlyList<(string FactId, string Field, string Value)> Parts, IReadOnlyList<string> Lost, IReadOnlyList<string> Gained);

    /// <summary>The signposts for <paramref name="changes"/>, most advice flipped first.</summary>
    /// <param name="changes">The changes, in their stated order.</param>
    /// <param name="courses">Ids of the options in the recommended courses (lead, later, either, alongside).</param>
    /// <param name="situation">The situation, for the likelihood of each value.</param>
    public static IReadOnlyList<SignpostItem> Rank(IEnumerable<Change> changes, IReadOnlySet<string> courses, Situation situation)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(courses);
        ArgumentNullException.ThrowIfNull(situation);
        return changes
            .Select((c, index) => (Change: c, Index: index, Share: Share(c, situation)))
            .Select(x => (x.Index, x.Share, Item: new SignpostItem(
                x.Change.Parts[0].FactId,
                x.Change.Parts[0].Field + string.Concat(x.Change.Parts.Skip(1).Select(p => $" and {p.FactId}.{p.Field}")),
                string.Join(" and ", x.Change.Parts.Select(p => p.Value)),
                x.Share is { } share ? Likelihood.ForShare(share).Words : null,
                x.Change.Lost,
                x.Change.Gained,
                x.Change.Lost.Count(courses.Contains) + x.Change.Gained.Count,
                string.Join(" and ", x.Change.Parts.Select(p => $"{p.FactId.Replace('-', ' ')} {p.Field.Replace('_', ' ')} becomes {p.Value}")))))
            .Where(x => x.Item.Flips > 0 || x.Item.Lost.Count > 0)
            .OrderByDescending(x => x.Item.Flips)
            .ThenByDescending(x => x.Share ?? -1)
            .ThenBy(x => x.Item.FactId, StringComparer.Ordinal)
            .ThenBy(x => x.Index)
            .Select(x => x.Item)
            .ToArray();
    }

    // The chance of all parts together (fields independent), when the situation gives one for each.
    private static double? Share(Change change, Situation situation)
    {
        var share = 1.0;
        foreach (var (factId, field, value) in change.Parts)
        {
            var uncertain = situation.Find(factId)?.Uncertain.FirstOrDefault(u => u.Field == field);
            var index = uncertain?.Alternatives.ToList().FindIndex(a => FactValues.Format(a.Value) == value) ?? -1;
            if (index < 0)
            {
                return null;
            }

            share *= uncertain!.Alternatives[index].Likelihood.Midpoint / uncertain.Alternatives.Sum(a => a.Likelihood.Midpoint);
        }

        return share;
    }
}
