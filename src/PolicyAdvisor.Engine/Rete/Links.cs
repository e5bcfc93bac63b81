using Blocked = PolicyAdvisor.Engine.Rete.HeadList<PolicyAdvisor.Engine.Rete.FactHandle, PolicyAdvisor.Engine.Rete.Token, PolicyAdvisor.Engine.Rete.BlockedLinks>;
using Children = PolicyAdvisor.Engine.Rete.HeadList<PolicyAdvisor.Engine.Rete.Token, PolicyAdvisor.Engine.Rete.Token, PolicyAdvisor.Engine.Rete.ChildLinks>;
using Owned = PolicyAdvisor.Engine.Rete.HeadList<PolicyAdvisor.Engine.Rete.FactHandle, PolicyAdvisor.Engine.Rete.Token, PolicyAdvisor.Engine.Rete.OwnedLinks>;
using Records = PolicyAdvisor.Engine.Rete.HeadList<PolicyAdvisor.Engine.Rete.FactHandle, PolicyAdvisor.Engine.Rete.MatchRecord, PolicyAdvisor.Engine.Rete.RecordLinks>;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>O(1) link and unlink operations for the intrusive lists between tokens, facts and match records.</summary>
internal static class Links
{
    /// <summary>Adds <paramref name="child"/> under its parent and its fact.</summary>
    public static void Attach(Token child)
    {
        if (child.Parent is { } parent)
        {
            Children.Push(parent, child);
        }

        if (child.Handle is { } handle)
        {
            Owned.Push(handle, child);
        }
    }

    /// <summary>Removes <paramref name="token"/> from its parent's children and its fact's owned tokens.</summary>
    public static void Detach(Token token)
    {
        if (token.Parent is { } parent)
        {
            Children.Remove(parent, token);
        }

        if (token.Handle is { } handle)
        {
            Owned.Remove(handle, token);
        }
    }

    /// <summary>Makes <paramref name="blocker"/> the fact that <paramref name="token"/> waits on.</summary>
    public static void Block(Token token, FactHandle blocker)
    {
        token.Blocker = blocker;
        Blocked.Push(blocker, token);
    }

    /// <summary>Removes <paramref name="token"/> from its blocker's list and clears its blocker.</summary>
    public static void Unblock(Token token)
    {
        Blocked.Remove(token.Blocker!, token);
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
        Records.Push(handle, record);
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
        Records.Remove(record.Handle, record);
    }
}
