using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>Joins left tokens with right facts of one pattern; each matching pair yields a child token.</summary>
internal sealed class JoinNode(int id, int level, CompiledRule rule, int alphaMemoryId, CompiledCondition[] conditions)
    : BetaNode(id, level, rule, alphaMemoryId, conditions)
{
    /// <inheritdoc />
    public override void LeftActivate(Session session, Token token)
    {
        for (var entry = session.AlphaMemoryOf(AlphaMemoryId).Head; entry is not null; entry = entry.Next)
        {
            var handle = entry.Handle;
            if (Matches(session, token, handle.Fact))
            {
                session.Emit(this, token, handle, handle.Fact);
            }
        }
    }

    /// <inheritdoc />
    public override void RightActivate(Session session, FactHandle handle)
    {
        for (var token = session.BetaMemoryOf(Id).Head; token is not null; token = token.NextInMemory)
        {
            if (Matches(session, token, handle.Fact))
            {
                session.Emit(this, token, handle, handle.Fact);
            }
        }
    }

    /// <inheritdoc />
    public override void OnTokenRemoved(Session session, Token token)
    {
        // Child tokens were deleted with the token; a join keeps nothing else per token.
    }
}
