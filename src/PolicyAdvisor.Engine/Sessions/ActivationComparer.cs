namespace PolicyAdvisor.Engine.Sessions;

/// <summary>
/// The agenda order: priority descending, then rule declaration order, then the matched facts' arrival sequences
/// compared lexicographically, then creation order. A total order, so firing never depends on hashing or timing.
/// With <paramref name="newestFirst"/> the last two keys are reversed (see <see cref="EngineOptions.NewestFactsFirst"/>).
/// </summary>
internal sealed class ActivationComparer(bool newestFirst) : IComparer<Activation>
{
    /// <inheritdoc />
    public int Compare(Activation? x, Activation? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        if (x.Rank != y.Rank)
        {
            return x.Rank < y.Rank ? -1 : 1;
        }

        var (a, b) = newestFirst ? (y.Sequences, x.Sequences) : (x.Sequences, y.Sequences);
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            var bySequence = a[i].CompareTo(b[i]);
            if (bySequence != 0)
            {
                return bySequence;
            }
        }

        var byLength = a.Length.CompareTo(b.Length);
        if (byLength != 0)
        {
            return byLength;
        }

        return newestFirst ? y.Order.CompareTo(x.Order) : x.Order.CompareTo(y.Order);
    }
}
