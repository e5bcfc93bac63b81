namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// Compares two advice snapshots: what was added, removed or changed (in strength or severity, in the options a
/// risk weighs against, in a trade-off's options), and by which rules.
/// </summary>
public static class AdviceComparer
{
    /// <summary>
    /// The differences from <paramref name="before"/> to <paramref name="after"/>: recommendations first, then
    /// risks, then trade-offs, each sorted by id. Empty when the advice is the same.
    /// </summary>
    public static IReadOnlyList<AdviceChange> Compare(AdviceSnapshot before, AdviceSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return Compare(ConclusionKind.Recommendation, before.Recommendations, after.Recommendations)
            .Concat(Compare(ConclusionKind.Risk, before.Risks, after.Risks))
            .Concat(Compare(ConclusionKind.Tradeoff, before.Tradeoffs, after.Tradeoffs))
            .ToArray();
    }

    private static IEnumerable<AdviceChange> Compare(ConclusionKind kind, IReadOnlyList<SnapshotItem> before, IReadOnlyList<SnapshotItem> after)
    {
        var old = before.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var now = after.ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var id in old.Keys.Union(now.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(id);
            var isNow = now.GetValueOrDefault(id);
            if (was is null)
            {
                yield return new AdviceChange(kind, ChangeKind.Added, id, null, isNow!.Grade, isNow.Rules) { AfterDetail = NullIfEmpty(isNow.Detail) };
            }
            else if (isNow is null)
            {
                yield return new AdviceChange(kind, ChangeKind.Removed, id, was.Grade, null, was.Rules) { BeforeDetail = NullIfEmpty(was.Detail) };
            }
            else if (!string.Equals(was.Grade, isNow.Grade, StringComparison.Ordinal) || !string.Equals(was.Detail, isNow.Detail, StringComparison.Ordinal))
            {
                var rules = was.Rules.Union(isNow.Rules, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                yield return new AdviceChange(kind, ChangeKind.Changed, id, was.Grade, isNow.Grade, rules) { BeforeDetail = NullIfEmpty(was.Detail), AfterDetail = NullIfEmpty(isNow.Detail) };
            }
        }
    }

    private static string? NullIfEmpty(string detail) => detail.Length == 0 ? null : detail;
}
