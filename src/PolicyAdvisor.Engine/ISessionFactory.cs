namespace PolicyAdvisor.Engine;

/// <summary>
/// A compiled, immutable rule network. Thread-safe: share one factory and create a cheap, independent
/// <see cref="ISession"/> per run (per scenario in a sweep).
/// </summary>
public interface ISessionFactory
{
    /// <summary>The rules compiled into this factory, in declaration order.</summary>
    IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Creates a new session with empty working memory.</summary>
    ISession CreateSession();
}
