namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// Membership of one fact in one alpha memory. Intrusive links make removal O(1) and iteration follow
/// insertion order, so nothing depends on hash order.
/// </summary>
internal sealed class AlphaEntry(FactHandle handle, AlphaMemory memory)
{
    /// <summary>The fact.</summary>
    public FactHandle Handle { get; } = handle;

    /// <summary>The memory holding the entry.</summary>
    public AlphaMemory Memory { get; } = memory;

    /// <summary>Links within the memory.</summary>
    public AlphaEntry? Previous { get; set; }

    /// <summary>Links within the memory.</summary>
    public AlphaEntry? Next { get; set; }

    /// <summary>Next memory entry of the same fact.</summary>
    public AlphaEntry? NextOfHandle { get; set; }
}
