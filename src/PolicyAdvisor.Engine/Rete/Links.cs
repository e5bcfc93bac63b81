namespace PolicyAdvisor.Engine.Rete;

/// <summary>O(1) link and unlink operations for the intrusive lists between tokens, facts and match records.</summary>
internal static class Links
{
    /// <summary>Adds <paramref name="child"/> under its parent and its fact.</summary>
    public static void Attach(Token child)
    {
        var parent = child.Parent;
        if (parent is not null)
        {
            child.NextSibling = parent.FirstChild;
            if (parent.FirstChild is not null)
            {
                parent.FirstChild.PreviousSibling = child;
            }

            parent.FirstChild = child;
        }

        var handle = child.Handle;
        if (handle is not null)
        {
            child.NextOwned = handle.FirstOwned;
            if (handle.FirstOwned is not null)
            {
                handle.FirstOwned.PreviousOwned = child;
            }

            handle.FirstOwned = child;
        }
    }

    /// <summary>Removes <paramref name="token"/> from its parent's children and its fact's owned tokens.</summary>
    public static void Detach(Token token)
    {
        if (token.Parent is { } parent)
        {
            if (token.PreviousSibling is null)
            {
                parent.FirstChild = token.NextSibling;
            }
            else
            {
                token.PreviousSibling.NextSibling = token.NextSibling;
            }

            if (token.NextSibling is not null)
            {
                token.NextSibling.PreviousSibling = token.PreviousSibling;
            }
        }

        if (token.Handle is { } handle)
        {
            if (token.PreviousOwned is null)
            {
                handle.FirstOwned = token.NextOwned;
            }
            else
            {
                token.PreviousOwned.NextOwned = token.NextOwned;
            }

            if (token.NextOwned is not null)
            {
                token.NextOwned.PreviousOwned = token.PreviousOwned;
            }
        }
    }

    /// <summary>Makes <paramref name="blocker"/> the fact that <paramref name="token"/> waits on.</summary>
    public static void Block(Token token, FactHandle blocker)
    {
        token.Blocker = blocker;
        token.PreviousInMemory = null;
        token.NextInMemory = blocker.FirstBlocked;
        if (blocker.FirstBlocked is not null)
        {
            blocker.FirstBlocked.PreviousInMemory = token;
        }

        blocker.FirstBlocked = token;
    }

    /// <summary>Removes <paramref name="token"/> from its blocker's list and clears its blocker.</summary>
    public static void Unblock(Token token)
    {
        var blocker = token.Blocker!;
        if (token.PreviousInMemory is null)
        {
            blocker.FirstBlocked = token.NextInMemory;
        }
        else
        {
            token.PreviousInMemory.NextInMemory = token.NextInMemory;
        }

        if (token.NextInMemory is not null)
        {
            token.NextInMemory.PreviousInMemory = token.PreviousInMemory;
        }

        token.Blocker = null;
        token.PreviousInMemory = null;
        token.NextInMemory = null;
    }

    /// <summary>Records that <paramref name="handle"/> matches <paramref name="token"/>, keeping the token's records in arrival order.</summary>
    public static void AddRecord(Token token, FactHandle handle)
    {
        var record = new MatchRecord(token, handle);
        var after = token.LastMatch;
        while (after is not null && after.Handle.Sequence > handle.Sequence)
        {
            after = after.PreviousInToken;
        }

        record.PreviousInToken = after;
        record.NextInToken = after is null ? token.FirstMatch : after.NextInToken;
        if (after is null)
        {
            token.FirstMatch = record;
        }
        else
        {
            after.NextInToken = record;
        }

        if (record.NextInToken is null)
        {
            token.LastMatch = record;
        }
        else
        {
            record.NextInToken.PreviousInToken = record;
        }

        token.MatchCount++;
        record.NextInHandle = handle.FirstRecord;
        if (handle.FirstRecord is not null)
        {
            handle.FirstRecord.PreviousInHandle = record;
        }

        handle.FirstRecord = record;
    }

    /// <summary>Removes a record from both its token and its fact.</summary>
    public static void RemoveRecord(MatchRecord record)
    {
        var token = record.Token;
        if (record.PreviousInToken is null)
        {
            token.FirstMatch = record.NextInToken;
        }
        else
        {
            record.PreviousInToken.NextInToken = record.NextInToken;
        }

        if (record.NextInToken is null)
        {
            token.LastMatch = record.PreviousInToken;
        }
        else
        {
            record.NextInToken.PreviousInToken = record.PreviousInToken;
        }

        token.MatchCount--;
        var handle = record.Handle;
        if (record.PreviousInHandle is null)
        {
            handle.FirstRecord = record.NextInHandle;
        }
        else
        {
            record.PreviousInHandle.NextInHandle = record.NextInHandle;
        }

        if (record.NextInHandle is not null)
        {
            record.NextInHandle.PreviousInHandle = record.PreviousInHandle;
        }
    }
}
