using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// A partial match: the facts bound by the first elements of one rule. Tokens form a tree (a token's children
/// extend it by one element) so deleting a token deletes everything derived from it.
/// </summary>
/// <remarks>
/// <see cref="Values"/> holds one slot per left-hand-side element (a fact, a collection, or null for Not/Exists)
/// so compiled conditions read bindings by index without walking the parent chain. A token reads only the slots
/// before its consumer's level; the later ones may be filled by descendants sharing the array (Session.Emit).
/// <para>A token reaching a terminal is an <see cref="Activation"/> (the only subclass), so a complete match costs
/// one object, not a token plus an activation.</para>
/// </remarks>
internal class Token(Token? parent, FactHandle? handle, object?[] values, BetaNode consumer)
{
    // What only one kind of consumer needs, in one field (tokens are the most numerous objects of a session):
    // the blocker at a Not/Exists node, the MatchList at a Collect node.
    private object? _slot;

    /// <summary>The token this one extends (null for a root token and for a first pattern's tokens).</summary>
    public Token? Parent { get; } = parent;

    /// <summary>The fact this token added, if its element binds a single fact.</summary>
    public FactHandle? Handle { get; } = handle;

    /// <summary>Bindings by element index.</summary>
    public object?[] Values { get; } = values;

    /// <summary>The node whose left memory holds this token.</summary>
    public BetaNode Consumer { get; } = consumer;

    /// <summary>Links within the consumer's left memory, or within the blocker's list while the token is blocked.</summary>
    public Token? PreviousInMemory { get; set; }

    /// <summary>Links within the consumer's left memory, or within the blocker's list while the token is blocked.</summary>
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

    /// <summary>Right facts matching this token at a Collect consumer, in arrival order.</summary>
    public MatchRecord? FirstMatch
    {
        get => (_slot as MatchList)?.First;
        set => Matches.First = value;
    }

    /// <summary>Last record, where most insertions land.</summary>
    public MatchRecord? LastMatch
    {
        get => (_slot as MatchList)?.Last;
        set => Matches.Last = value;
    }

    /// <summary>Number of match records.</summary>
    public int MatchCount
    {
        get => (_slot as MatchList)?.Count ?? 0;
        set => Matches.Count = value;
    }

    /// <summary>The token's key in its consumer's join index, once computed (kept while the token is out of its bucket).</summary>
    public object? IndexKey { get; set; }

    /// <summary>Whether the token is in its consumer's join-index bucket.</summary>
    public bool InBucket { get; set; }

    /// <summary>Links within the join-index bucket.</summary>
    public Token? PreviousInBucket { get; set; }

    /// <summary>Links within the join-index bucket.</summary>
    public Token? NextInBucket { get; set; }

    /// <summary>
    /// At a Not/Exists consumer: one fact matching the token, or null when none does. A blocked token is out of
    /// its consumer's left memory and bucket (new facts need not be tested against it) and in the blocker's list.
    /// </summary>
    public FactHandle? Blocker
    {
        get => _slot as FactHandle;
        set => _slot = value;
    }

    private MatchList Matches => _slot as MatchList ?? (MatchList)(_slot = new MatchList());
}
