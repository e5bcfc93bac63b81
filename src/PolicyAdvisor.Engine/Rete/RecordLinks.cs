namespace PolicyAdvisor.Engine.Rete;

/// <summary>A fact's Collect match records.</summary>
internal readonly struct RecordLinks : IHeadLinks<FactHandle, MatchRecord>
{
    /// <inheritdoc />
    public static MatchRecord? First(FactHandle owner) => owner.FirstRecord;

    /// <inheritdoc />
    public static void SetFirst(FactHandle owner, MatchRecord? value) => owner.FirstRecord = value;

    /// <inheritdoc />
    public static MatchRecord? Previous(MatchRecord item) => item.PreviousInHandle;

    /// <inheritdoc />
    public static MatchRecord? Next(MatchRecord item) => item.NextInHandle;

    /// <inheritdoc />
    public static void SetPrevious(MatchRecord item, MatchRecord? value) => item.PreviousInHandle = value;

    /// <inheritdoc />
    public static void SetNext(MatchRecord item, MatchRecord? value) => item.NextInHandle = value;
}
