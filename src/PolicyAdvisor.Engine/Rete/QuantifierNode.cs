using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// Not and Exists: emits one child token while no fact (Not) or at least one fact (Exists) matches a left token.
/// Only presence matters, so a token remembers a single matching fact, its <see cref="Token.Blocker"/>, instead
/// of every match: finding one stops the search, and a blocked token leaves the left memory so that later facts
/// are not tested against it at all. When the blocker leaves, its tokens look for another one.
/// </summary>
/// <remarks>
/// Unlike a join, a (token, fact) pair may be tested more than once or never; conditions are pure, so the
/// presence found is the same. Which fact blocks is irrelevant to the output: only presence reaches it.
/// </remarks>
internal sealed class QuantifierNode(int id, int level, CompiledRule rule, int alphaMemoryId, CompiledCondition[] conditions, bool negated)
    : BetaNode(id, level, rule, alphaMemoryId, conditions)
{
    /// <summary>True for Not, false for Exists.</summary>
    public bool Negated { get; } = negated;

    /// <inheritdoc />
    public override void LeftActivate(Session session, Token token)
    {
        // The token arrives in the left memory; IndexOf may have just put it in its bucket too.
        var index = IndexOf(session);
        if (Search(session, index, token) is { } blocker)
        {
            Unlist(session, index, token);
            Links.Block(token, blocker);
        }
        else if (index is not null && !token.InBucket)
        {
            index.AddLeft(token.IndexKey, token);
        }

        SetPresence(session, token);
    }

    /// <inheritdoc />
    public override void RightActivate(Session session, FactHandle handle)
    {
        // Only unblocked tokens are listed: a token that already has a match cannot change.
        Token? token, next;
        if (IndexOf(session) is { } index)
        {
            var key = index.RightKey(handle) ?? session.KeyOf(Index!.FactKey, null, handle.Fact);
            for (token = index.Left(key); token is not null; token = next)
            {
                next = token.NextInBucket;
                TryBlock(session, index, token, handle);
            }

            return;
        }

        for (token = session.ExistingBetaMemory(Id)?.Head; token is not null; token = next)
        {
            next = token.NextInMemory;
            TryBlock(session, null, token, handle);
        }
    }

    /// <inheritdoc />
    public override void OnTokenRemoved(Session session, Token token)
    {
        // A blocked token is in its blocker's list only (the session leaves the left memory alone for it).
        if (token.Blocker is not null)
        {
            Links.Unblock(token);
        }
        else
        {
            base.OnTokenRemoved(session, token);
        }
    }

    /// <summary>The token's blocker left working memory: find another, or let the token's presence flip.</summary>
    public void Reblock(Session session, Token token)
    {
        var index = IndexOf(session);
        if (Search(session, index, token) is { } blocker)
        {
            Links.Block(token, blocker);
            return;
        }

        session.BetaMemoryOf(Id).Add(token);
        index?.AddLeft(token.IndexKey ?? session.KeyOf(Index!.TokenKey, token.Values, null), token);
        SetPresence(session, token);
    }

    /// <inheritdoc />
    protected override void OnMatch(Session session, Token token, FactHandle handle, bool fromRight)
    {
        // Quantifiers search for a single blocker instead of pairing every fact.
    }

    private void TryBlock(Session session, JoinIndex? index, Token token, FactHandle handle)
    {
        if (Matches(session, token, handle))
        {
            Unlist(session, index, token);
            Links.Block(token, handle);
            SetPresence(session, token);
        }
    }

    // Newest facts first: any match will do, and in working memories that grow by appending (Manners' seatings)
    // the newest fact is the likeliest to match a condition such as "a newer seating exists".
    private FactHandle? Search(Session session, JoinIndex? index, Token token)
    {
        if (index is not null)
        {
            token.IndexKey ??= session.KeyOf(Index!.TokenKey, token.Values, null) ?? RightIndex.NullKey;
            if (index.Right(token.IndexKey) is { } bucket)
            {
                for (var i = bucket.Count - 1; i >= 0; i--)
                {
                    if (Matches(session, token, bucket[i]))
                    {
                        return bucket[i];
                    }
                }
            }

            return null;
        }

        for (var entry = session.ExistingAlphaMemory(AlphaMemoryId)?.Tail; entry is not null; entry = entry.Previous)
        {
            if (Matches(session, token, entry.Handle))
            {
                return entry.Handle;
            }
        }

        return null;
    }

    private void Unlist(Session session, JoinIndex? index, Token token)
    {
        session.BetaMemoryOf(Id).Remove(token);
        index?.RemoveLeft(token);
    }

    private void SetPresence(Session session, Token token)
    {
        var holds = (token.Blocker is null) == Negated;
        if (holds && token.FirstChild is null)
        {
            session.Emit(this, token, null, null);
        }
        else if (!holds && token.FirstChild is { } child)
        {
            session.DeleteToken(child);
        }
    }
}
