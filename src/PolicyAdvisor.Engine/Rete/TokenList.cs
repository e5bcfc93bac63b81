namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// An intrusive, arrival-ordered list of tokens threaded through one pair of link fields chosen by
/// <typeparamref name="TLinks"/>; a token sits in a left memory and in a join-index bucket at once.
/// </summary>
internal sealed class TokenList<TLinks>
    where TLinks : ITokenLinks
{
    /// <summary>First token.</summary>
    public Token? Head { get; private set; }

    /// <summary>Last token.</summary>
    public Token? Tail { get; private set; }

    /// <summary>Number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>Appends a token.</summary>
    public void Add(Token token)
    {
        Count++;
        TLinks.SetPrevious(token, Tail);
        TLinks.SetNext(token, null); // a token may come back to a list it left (a Not/Exists token losing its blocker)
        if (Tail is null)
        {
            Head = token;
        }
        else
        {
            TLinks.SetNext(Tail, token);
        }

        Tail = token;
    }

    /// <summary>Unlinks a token.</summary>
    public void Remove(Token token)
    {
        Count--;
        var previous = TLinks.Previous(token);
        var next = TLinks.Next(token);
        if (previous is null)
        {
            Head = next;
        }
        else
        {
            TLinks.SetNext(previous, next);
        }

        if (next is null)
        {
            Tail = previous;
        }
        else
        {
            TLinks.SetPrevious(next, previous);
        }
    }
}
