using NRules.Diagnostics;

namespace PolicyAdvisor.Advice.Running;

/// <summary>
/// What a run lets an observer see as it happens: NRules' own session events, and, for traced runs, each
/// firing with the facts its actions linked (read by the session's action interceptor, which NRules' events do not
/// carry).
/// </summary>
public sealed class RunEvents
{
    internal RunEvents(IEventProvider session) => Session = session;

    /// <summary>NRules' events of the run's session (facts, activations, firings, failed expressions).</summary>
    public IEventProvider Session { get; }

    /// <summary>Raised once a firing's actions have run, with what it matched and the facts it linked.</summary>
    public event EventHandler<Derivation>? Derived;

    internal void OnDerived(Derivation derivation) => Derived?.Invoke(this, derivation);
}
