using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>Joins left tokens with right facts of one pattern; each matching pair yields a child token.</summary>
internal sealed class JoinNode(int id, int level, CompiledRule rule, int alphaMemoryId, CompiledCondition[] conditions)
    : BetaNode(id, level, rule, alphaMemoryId, conditions)
{
    /// <inheritdoc />
    public override void LeftActivate(Session session, Token token) => JoinLeft(session, token);

    /// <inheritdoc />
    public override void RightActivate(Session session, FactHandle handle)
    {
        if (Level == 0)
        {
            // Nothing to join with: the first pattern's conditions are all alpha tests, so every fact passing
            // them matches. Idle rules cost a session nothing.
            session.EmitFirst(this, handle);
            return;
        }

        JoinRight(session, handle);
    }

    /// <inheritdoc />
    protected override void OnMatch(Session session, Token token, FactHandle handle, bool fromRight) =>
        session.Emit(this, token, handle, handle.Fact);
}
