using PolicyAdvisor.Engine.Rete;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>An immutable compiled rule set; every session shares its network.</summary>
internal sealed class SessionFactory(Network network, EngineOptions options) : ISessionFactory
{
    private readonly FactIdentityComparer _identity = new(options.IdentityKeys);
    private readonly ActivationComparer _order = new(options.NewestFactsFirst);

    /// <inheritdoc />
    public IReadOnlyList<RuleDefinition> Rules { get; } = [.. network.Rules.Select(r => r.Definition)];

    /// <inheritdoc />
    public ISession CreateSession() => new Session(network, options, _identity, _order);
}
