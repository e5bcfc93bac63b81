using PolicyAdvisor.Engine.Rete;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>
/// The session's memories: the network's nodes are stateless, so every alpha memory, left memory and join index
/// lives here, allocated on first use so that rules a session never touches cost it nothing.
/// </summary>
internal sealed partial class Session
{
    /// <summary>This session's memory for alpha memory node <paramref name="id"/>, allocated on first use.</summary>
    internal AlphaMemory AlphaMemoryOf(int id) => _alphaMemories[id] ??= new AlphaMemory(_network.MemoryNodes[id]);

    /// <summary>This session's memory for alpha memory node <paramref name="id"/>, or null while nothing entered it.</summary>
    internal AlphaMemory? ExistingAlphaMemory(int id) => _alphaMemories[id];

    /// <summary>This session's left memory for beta node <paramref name="id"/>, allocated on first use.</summary>
    internal TokenList<MemoryLinks> BetaMemoryOf(int id) => _betaMemories[id] ??= new TokenList<MemoryLinks>();

    /// <summary>This session's left memory for beta node <paramref name="id"/>, or null while no token entered it.</summary>
    internal TokenList<MemoryLinks>? ExistingBetaMemory(int id) => _betaMemories[id];

    /// <summary>Memory size from which an equality join builds its hash index.</summary>
    internal int JoinIndexThreshold => _options.JoinIndexThreshold;

    /// <summary>This session's hash index for beta node <paramref name="id"/>, if it was built.</summary>
    internal JoinIndex? ExistingJoinIndex(int id) => _joinIndexes?[id];

    /// <summary>Creates the (empty) hash index for beta node <paramref name="id"/> over a shared right index.</summary>
    internal JoinIndex CreateJoinIndex(int id, RightIndex right) =>
        (_joinIndexes ??= new JoinIndex?[_network.BetaNodeCount])[id] = new JoinIndex(right);

    /// <summary>The shared index of <paramref name="memory"/> by <paramref name="spec"/>'s fact key, built on first use.</summary>
    internal RightIndex RightIndexOf(JoinIndexSpec spec, AlphaMemory memory)
    {
        if (spec.RightIndexId >= _rightIndexes.Length)
        {
            Array.Resize(ref _rightIndexes, spec.RightIndexId + 1);
        }

        if (_rightIndexes[spec.RightIndexId] is { } existing)
        {
            return existing;
        }

        var index = new RightIndex(spec.FactKey);
        for (var entry = memory.Head; entry is not null; entry = entry.Next)
        {
            index.Add(KeyOf(spec.FactKey, null, entry.Handle.Fact), entry.Handle);
        }

        memory.AddIndex(index);
        return _rightIndexes[spec.RightIndexId] = index;
    }

    /// <summary>Adds a fact that just entered <paramref name="memory"/> to the memory's shared indexes.</summary>
    internal void IndexRight(AlphaMemory memory, FactHandle handle)
    {
        foreach (var index in memory.Indexes)
        {
            index.Add(KeyOf(index.Key, null, handle.Fact), handle);
        }
    }
}
