using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// A partial match: the facts bound by the first elements of one rule. Tokens form a tree (a token's children
/// extend it by one element) so deleting a token deletes everything derived from it.
/// </summary>
/// <remarks>
/// <see cref="Values"/> holds one slot per left-hand-side element (a fact, a collection, or null for Not/Exists)
/// so compiled conditions read bindings by index without walking the parent chain.
/// </remarks>
internal sealed class Token(Token? parent, FactHandle? handle, object?[] values, BetaNode consumer)
{
    /// <summary>The token this one extends (null for the rule's root token).</summary>
    public Token? Parent { get; } = parent;

    /// <summary>The fact this token added, if its element binds a single fact.</summary>
    public FactHandle? Handle { get; } = handle;

    /// <summary>Bindings by element index.</summary>
    public object?[] Values { get; } = values;

    /// <summary>The node whose left memory holds this token.</summary>
    public BetaNode Consumer { get; } = consumer;

    /// <summary>Set when the token is deleted; stale references compare against it.</summary>
    public bool IsDead { get; set; }

    /// <summary>Links within the consumer's left memory.</summary>
    public Token? PreviousInMemory { get; set; }

    /// <summary>Links within the consumer's left memory.</summary>
    public Token? NextInMemory { get; set; }

    /// <summary>Links within <see cref="Handle"/>'s owned tokens.</summary>
    public Token? PreviousOwned { get; set; }

    /// <summary>Links within <see cref="Handle"/>'s owned tokens.</summary>
    public Token? NextOwned { get; set; }

    /// <summary>First token extending this one.</summary>
    public Token? FirstChild { get; set; }

    /// <summary>Links among the parent's children.</summary>
    public Token? PreviousSibling { get; set; }

    /// <summary>Links among the parent's children.</summary>
    public Token? NextSibling { get; set; }

    /// <summary>Right facts matching this token at a Not/Exists/Collect consumer, in arrival order.</summary>
    public MatchRecord? FirstMatch { get; set; }

    /// <summary>Last record, where most insertions land.</summary>
    public MatchRecord? LastMatch { get; set; }

    /// <summary>Number of match records.</summary>
    public int MatchCount { get; set; }

    /// <summary>The token's key in its consumer's join index, once computed (kept while the token is out of its bucket).</summary>
    public object? IndexKey { get; set; }

    /// <summary>Whether the token is in its consumer's join-index bucket.</summary>
    public bool InBucket { get; set; }

    /// <summary>
    /// At a Not/Exists consumer: one fact matching the token, or null when none does. A blocked token is out of
    /// its consumer's left memory and bucket (new facts need not be tested against it) and in the blocker's list.
    /// </summary>
    public FactHandle? Blocker { get; set; }

    /// <summary>Links within <see cref="Blocker"/>'s blocked tokens.</summary>
    public Token? PreviousBlocked { get; set; }

    /// <summary>Links within <see cref="Blocker"/>'s blocked tokens.</summary>
    public Token? NextBlocked { get; set; }

    /// <summary>Links within the join-index bucket.</summary>
    public Token? PreviousInBucket { get; set; }

    /// <summary>Links within the join-index bucket.</summary>
    public Token? NextInBucket { get; set; }

    /// <summary>The activation, when the consumer is the rule's terminal node.</summary>
    public Activation? Activation { get; set; }
}
