using PolicyAdvisor.Engine.Rete;
using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine;

/// <summary>Compiles rule definitions into an immutable <see cref="ISessionFactory"/>.</summary>
public static class RuleCompiler
{
    /// <summary>Compiles <paramref name="rules"/> (declaration order is their tie-break order).</summary>
    /// <exception cref="RuleCompilationException">A rule is malformed.</exception>
    public static ISessionFactory Compile(IEnumerable<RuleDefinition> rules, EngineOptions? options = null)
    {
        var network = new NetworkBuilder().Build(rules);
        return new SessionFactory(network, (options ?? new EngineOptions()).Snapshot());
    }
}
