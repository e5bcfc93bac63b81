namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// One right fact matching one left token at a Not, Exists or Collect node. Linked both from the token
/// (ordered by arrival, which is the collection order) and from the fact (so a retraction finds its tokens).
/// </summary>
internal sealed class MatchRecord(Token token, FactHandle handle)
{
    /// <summary>The left token.</summary>
    public Token Token { get; } = token;

    /// <summary>The right fact.</summary>
    public FactHandle Handle { get; } = handle;

    /// <summary>Links within the token's records.</summary>
    public MatchRecord? PreviousInToken { get; set; }

    /// <summary>Links within the token's records.</summary>
    public MatchRecord? NextInToken { get; set; }

    /// <summary>Links within the fact's records.</summary>
    public MatchRecord? PreviousInHandle { get; set; }

    /// <summary>Links within the fact's records.</summary>
    public MatchRecord? NextInHandle { get; set; }
}
