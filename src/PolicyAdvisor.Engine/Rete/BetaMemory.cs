namespace PolicyAdvisor.Engine.Rete;

/// <summary>The tokens reaching one beta node, in arrival order (one per session and beta node).</summary>
internal sealed class BetaMemory
{
    /// <summary>First token.</summary>
    public Token? Head { get; private set; }

    /// <summary>Last token.</summary>
    public Token? Tail { get; private set; }

    /// <summary>Appends a token.</summary>
    public void Add(Token token)
    {
        token.PreviousInMemory = Tail;
        if (Tail is null)
        {
            Head = token;
        }
        else
        {
            Tail.NextInMemory = token;
        }

        Tail = token;
    }

    /// <summary>Unlinks a token.</summary>
    public void Remove(Token token)
    {
        if (token.PreviousInMemory is null)
        {
            Head = token.NextInMemory;
        }
        else
        {
            token.PreviousInMemory.NextInMemory = token.NextInMemory;
        }

        if (token.NextInMemory is null)
        {
            Tail = token.PreviousInMemory;
        }
        else
        {
            token.NextInMemory.PreviousInMemory = token.PreviousInMemory;
        }
    }
}
