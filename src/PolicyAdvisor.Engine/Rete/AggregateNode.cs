using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// Not, Exists and Collect: keeps, per left token, the matching right facts in arrival order and emits at most
/// one child token whose presence (and, for Collect, whose collection) follows those facts.
/// </summary>
internal sealed class AggregateNode(
    int id,
    int level,
    CompiledRule rule,
    int alphaMemoryId,
    CompiledCondition[] conditions,
    AggregateKind kind,
    CompiledCondition[] having)
    : BetaNode(id, level, rule, alphaMemoryId, conditions)
{
    /// <summary>What the node derives.</summary>
    public AggregateKind Kind { get; } = kind;

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
        switch (Kind)
        {
            case AggregateKind.Not:
                SetPresence(session, token, token.MatchCount == 0);
                break;
            case AggregateKind.Exists:
                SetPresence(session, token, token.MatchCount > 0);
                break;
            default:
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

                break;
        }
    }

    private void SetPresence(Session session, Token token, bool holds)
    {
        if (holds && token.FirstChild is null)
        {
            session.Emit(this, token, null, null);
        }
        else if (!holds && token.FirstChild is { } child)
        {
            session.DeleteToken(child);
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
