using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// Collect: keeps, per left token, the matching right facts in arrival order and emits at most one child token
/// carrying them as a collection while the collect conditions hold.
/// </summary>
internal sealed class CollectNode(
    int id,
    int level,
    CompiledRule rule,
    int alphaMemoryId,
    CompiledCondition[] conditions,
    CompiledCondition[] having)
    : BetaNode(id, level, rule, alphaMemoryId, conditions)
{
    /// <inheritdoc />
    public override void LeftActivate(Session session, Token token)
    {
        JoinLeft(session, token);
        Refresh(session, token);
    }

    /// <inheritdoc />
    public override void RightActivate(Session session, FactHandle handle) => JoinRight(session, handle);

    /// <inheritdoc />
    public override void OnTokenRemoved(Session session, Token token)
    {
        base.OnTokenRemoved(session, token);
        while (token.FirstMatch is { } record)
        {
            Links.RemoveRecord(record);
        }
    }

    /// <inheritdoc />
    protected override void OnMatch(Session session, Token token, FactHandle handle, bool fromRight)
    {
        Links.AddRecord(token, handle);
        if (fromRight)
        {
            Refresh(session, token);
        }
    }

    /// <summary>Brings the token's child in line with its match records after they changed.</summary>
    public void Refresh(Session session, Token token)
    {
        // A changed collection is a new match: the old child goes, a fresh one replaces it.
        if (token.FirstChild is { } old)
        {
            session.DeleteToken(old);
        }

        var collection = Collection(token);
        if (Holds(session, token, collection))
        {
            session.Emit(this, token, null, collection);
        }
    }

    private static IReadOnlyList<object> Collection(Token token)
    {
        var items = new object[token.MatchCount];
        var i = 0;
        for (var record = token.FirstMatch; record is not null; record = record.NextInToken)
        {
            items[i++] = record.Handle.Fact;
        }

        return Array.AsReadOnly(items);
    }

    private bool Holds(Session session, Token token, IReadOnlyList<object> collection)
    {
        for (var i = 0; i < having.Length; i++)
        {
            if (!session.Test(having[i], token.Values, collection))
            {
                return false;
            }
        }

        return true;
    }
}
