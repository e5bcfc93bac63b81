using System.Collections.Concurrent;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// The compiled, immutable Rete network shared by every session of a factory. The only mutable part is a
/// thread-safe cache from a concrete fact type to the alpha roots that accept it (a pure function of the type).
/// </summary>
internal sealed class Network(CompiledRule[] rules, IReadOnlyList<AlphaNode> roots, AlphaNode[] memoryNodes, int betaNodeCount)
{
    private readonly ConcurrentDictionary<Type, AlphaNode[]> _rootsByType = new();

    /// <summary>Rules in declaration order.</summary>
    public CompiledRule[] Rules { get; } = rules;

    /// <summary>The alpha node owning each alpha memory, by memory id.</summary>
    public AlphaNode[] MemoryNodes { get; } = memoryNodes;

    /// <summary>Number of beta nodes (left memories) a session may allocate.</summary>
    public int BetaNodeCount { get; } = betaNodeCount;

    /// <summary>The type roots accepting facts of <paramref name="concreteType"/>, in network order.</summary>
    public AlphaNode[] RootsFor(Type concreteType) =>
        _rootsByType.GetOrAdd(concreteType, static (type, all) => [.. all.Where(r => r.FactType.IsAssignableFrom(type))], roots);
}
