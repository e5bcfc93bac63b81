using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// A fact's slot in one session's working memory. The handle outlives updates (the fact object is replaced,
/// the arrival sequence kept), so identity never depends on the fact's value equality.
/// </summary>
internal sealed class FactHandle(object fact, long sequence)
{
    /// <summary>The current fact object (replaced by Update).</summary>
    public object Fact { get; set; } = fact;

    /// <summary>Arrival sequence within the session: the agenda's tie-break and the query order.</summary>
    public long Sequence { get; } = sequence;

    /// <summary>False once retracted; linked-fact cascades check it so a fact is never retracted twice.</summary>
    public bool IsLive { get; set; } = true;

    /// <summary>The activation that inserted this fact as a linked fact, if any.</summary>
    public Activation? Source { get; set; }

    /// <summary>Neighbours in the session's arrival-order list.</summary>
    public FactHandle? Previous { get; set; }

    /// <summary>Neighbours in the session's arrival-order list.</summary>
    public FactHandle? Next { get; set; }

    /// <summary>Alpha memories holding this fact, as a singly linked chain.</summary>
    public AlphaEntry? FirstEntry { get; set; }

    /// <summary>Tokens whose own fact is this one (deleted when it leaves the network).</summary>
    public Token? FirstOwned { get; set; }

    /// <summary>Collect match records in which this fact is the right-hand fact.</summary>
    public MatchRecord? FirstRecord { get; set; }

    /// <summary>Not/Exists tokens this fact blocks (each must find another blocker when the fact leaves).</summary>
    public Token? FirstBlocked { get; set; }
}
