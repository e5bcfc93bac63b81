namespace PolicyAdvisor.Engine.Rete;

/// <summary>A Collect token's match records in arrival order (only collect tokens need one).</summary>
internal sealed class MatchList
{
    /// <summary>First record.</summary>
    public MatchRecord? First { get; set; }

    /// <summary>Last record, where most insertions land.</summary>
    public MatchRecord? Last { get; set; }

    /// <summary>Number of records.</summary>
    public int Count { get; set; }
}
