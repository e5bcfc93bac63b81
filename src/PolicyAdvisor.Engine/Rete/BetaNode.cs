using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// A node of one rule's beta chain. Node <c>i</c> receives tokens binding elements <c>0..i-1</c> in its left
/// memory and, for element <c>i</c>, facts from an alpha memory on its right. Nodes are stateless: memories live
/// in the session, indexed by <see cref="Id"/>.
/// </summary>
internal abstract class BetaNode(int id, int level, CompiledRule rule, int alphaMemoryId, CompiledCondition[] conditions)
{
    /// <summary>Index of this node's left memory (and join index) in a session.</summary>
    public int Id { get; } = id;

    /// <summary>The element index this node matches (the terminal's level is the element count).</summary>
    public int Level { get; } = level;

    /// <summary>The rule the node belongs to.</summary>
    public CompiledRule Rule { get; } = rule;

    /// <summary>The right-hand alpha memory, or -1 for the terminal.</summary>
    public int AlphaMemoryId { get; } = alphaMemoryId;

    /// <summary>Join conditions between a left token and a right fact.</summary>
    public CompiledCondition[] Conditions { get; } = conditions;

    /// <summary>The hash index narrowing which pairs are tested, if the first join condition is an equality.</summary>
    public JoinIndexSpec? Index { get; init; }

    /// <summary>The node receiving this node's output tokens.</summary>
    public BetaNode? Next { get; set; }

    /// <summary>A token arrived on the left (it is already in this node's memory).</summary>
    public abstract void LeftActivate(Session session, Token token);

    /// <summary>A fact arrived on the right (it is already in the alpha memory).</summary>
    public abstract void RightActivate(Session session, FactHandle handle);

    /// <summary>A token left this node's memory; release what the node kept for it.</summary>
    public virtual void OnTokenRemoved(Session session, Token token)
    {
        if (Index is not null)
        {
            session.ExistingJoinIndex(Id)?.RemoveLeft(token);
        }
    }

    /// <summary>Called for each right fact matching a token, from either side's activation.</summary>
    protected abstract void OnMatch(Session session, Token token, FactHandle handle, bool fromRight);

    /// <summary>Tests a new left token against the right facts (only those with its key when indexed).</summary>
    protected void JoinLeft(Session session, Token token)
    {
        if (Index is { } index && JoinIndex(session, index) is { } memory)
        {
            if (!token.InBucket)
            {
                memory.AddLeft(session.KeyOf(index.TokenKey, token.Values, null), token);
            }

            if (memory.Right(token.IndexKey!) is { } bucket)
            {
                for (var i = 0; i < bucket.Count; i++)
                {
                    TryPair(session, token, bucket[i], fromRight: false);
                }
            }

            return;
        }

        for (var entry = session.ExistingAlphaMemory(AlphaMemoryId)?.Head; entry is not null; entry = entry.Next)
        {
            TryPair(session, token, entry.Handle, fromRight: false);
        }
    }

    /// <summary>Tests a new right fact against the left tokens (only those with its key when indexed).</summary>
    protected void JoinRight(Session session, FactHandle handle)
    {
        Token? token;
        if (Index is { } index && JoinIndex(session, index) is { } memory)
        {
            // The shared right index already holds the fact: the alpha memory added it before activating us.
            var key = memory.RightKey(handle) ?? session.KeyOf(index.FactKey, null, handle.Fact);
            for (token = memory.Left(key); token is not null; token = token.NextInBucket)
            {
                TryPair(session, token, handle, fromRight: true);
            }

            return;
        }

        for (token = session.ExistingBetaMemory(Id)?.Head; token is not null; token = token.NextInMemory)
        {
            TryPair(session, token, handle, fromRight: true);
        }
    }

    /// <summary>The node's index in this session, if it is indexed and its memories are large enough.</summary>
    protected JoinIndex? IndexOf(Session session) => Index is { } index ? JoinIndex(session, index) : null;

    /// <summary>Whether every join condition holds between <paramref name="token"/> and <paramref name="handle"/>.</summary>
    protected bool Matches(Session session, Token token, FactHandle handle)
    {
        var conditions = Conditions;
        for (var i = 0; i < conditions.Length; i++)
        {
            if (!session.Test(conditions[i], token.Values, handle.Fact))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The node's index in this session, built from both memories once they hold enough to make hashing pay
    /// (small sessions, the sweep's common case, scan instead).
    /// </summary>
    private JoinIndex? JoinIndex(Session session, JoinIndexSpec index)
    {
        if (session.ExistingJoinIndex(Id) is { } existing)
        {
            return existing;
        }

        // Counted without allocating: most nodes of a small session never reach the threshold, and many never
        // see a left token at all.
        var right = session.ExistingAlphaMemory(AlphaMemoryId);
        var left = session.ExistingBetaMemory(Id);
        if ((right?.Count ?? 0) + (left?.Count ?? 0) < session.JoinIndexThreshold)
        {
            return null;
        }

        var memory = session.CreateJoinIndex(Id, session.RightIndexOf(index, session.AlphaMemoryOf(AlphaMemoryId)));
        for (var token = left?.Head; token is not null; token = token.NextInMemory)
        {
            memory.AddLeft(session.KeyOf(index.TokenKey, token.Values, null), token);
        }

        return memory;
    }

    private void TryPair(Session session, Token token, FactHandle handle, bool fromRight)
    {
        if (Matches(session, token, handle))
        {
            OnMatch(session, token, handle, fromRight);
        }
    }
}
