using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>The end of a rule's chain: every token reaching it is a complete match, hence an activation.</summary>
internal sealed class TerminalNode(int id, int level, CompiledRule rule)
    : BetaNode(id, level, rule, -1, [])
{
    /// <inheritdoc />
    public override void LeftActivate(Session session, Token token) => session.CreateActivation((Activation)token);

    /// <inheritdoc />
    public override void RightActivate(Session session, FactHandle handle)
    {
        // A terminal has no right input.
    }

    /// <inheritdoc />
    protected override void OnMatch(Session session, Token token, FactHandle handle, bool fromRight)
    {
        // A terminal has no right input, so nothing is ever paired.
    }

    /// <inheritdoc />
    public override void OnTokenRemoved(Session session, Token token) => session.DeleteActivation((Activation)token);
}
