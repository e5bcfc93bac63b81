namespace PolicyAdvisor.Advice.Analysis;

/// <summary>What kind of conclusion changed.</summary>
public enum ConclusionKind
{
    /// <summary>A recommended option.</summary>
    Recommendation,

    /// <summary>A risk.</summary>
    Risk,

    /// <summary>A trade-off.</summary>
    Tradeoff,
}

/// <summary>How a conclusion changed between two states.</summary>
public enum ChangeKind
{
    /// <summary>Present after, absent before.</summary>
    Added,

    /// <summary>Present before, absent after.</summary>
    Removed,

    /// <summary>Present in both with a different strength, severity, or detail (a risk's options, a trade-off's options).</summary>
    Changed,
}

/// <summary>One difference between two advice states, with the rules responsible.</summary>
/// <param name="Kind">Recommendation, risk or trade-off.</param>
/// <param name="Change">Added, removed or changed.</param>
/// <param name="Id">Option, risk or trade-off id.</param>
/// <param name="Before">Strength or severity before (null when added).</param>
/// <param name="After">Strength or severity after (null when removed).</param>
/// <param name="Rules">
/// The rules responsible: for an addition those that now conclude it, for a removal those that concluded it,
/// for a change both sets merged.
/// </param>
public sealed record AdviceChange(ConclusionKind Kind, ChangeKind Change, string Id, string? Before, string? After, IReadOnlyList<string> Rules)
{
    /// <summary>The snapshot detail before (a risk's <c>against</c>, a trade-off's options); null when added.</summary>
    public string? BeforeDetail { get; init; }

    /// <summary>The snapshot detail after; null when removed.</summary>
    public string? AfterDetail { get; init; }
}
