using System.Collections.Concurrent;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// Remembers the outcome of each distinct scenario. The rules are a pure function of the facts, so a repeated
/// combination of values (frequent when sampling a space of a few dozen combinations a million times) need not
/// run again. Shared by all workers; outcomes are the same whichever worker stored them, so results stay
/// deterministic. Bounded, so memory stays flat however many scenarios run.
/// </summary>
internal sealed class OutcomeCache
{
    /// <summary>Most distinct scenarios remembered (about 40 bytes each).</summary>
    public const int Capacity = 200_000;

    private readonly ConcurrentDictionary<long, (ulong Recommended, ulong AtRisk)> _outcomes = new();
    private readonly long[] _place;
    private int _count;

    private OutcomeCache(long[] place) => _place = place;

    /// <summary>A cache for <paramref name="space"/>, or null when its options or combinations do not fit the packed key.</summary>
    public static OutcomeCache? For(ScenarioSpace space, int options)
    {
        if (options > 64)
        {
            return null;
        }

        var place = new long[space.Dimensions.Count];
        var product = 1L;
        for (var d = 0; d < place.Length; d++)
        {
            place[d] = product;
            var radix = space.Dimensions[d].Values.Count + 1;
            if (product > long.MaxValue / radix)
            {
                return null;
            }

            product *= radix;
        }

        return new OutcomeCache(place);
    }

    /// <summary>The key of a scenario.</summary>
    public long Key(ReadOnlySpan<int> indices)
    {
        var key = 0L;
        for (var d = 0; d < indices.Length; d++)
        {
            key += indices[d] * _place[d];
        }

        return key;
    }

    /// <summary>Copies a remembered outcome into the flags; false when the scenario has not run yet.</summary>
    public bool TryGet(long key, bool[] recommended, bool[] atRisk)
    {
        if (!_outcomes.TryGetValue(key, out var outcome))
        {
            return false;
        }

        Unpack(outcome.Recommended, recommended);
        Unpack(outcome.AtRisk, atRisk);
        return true;
    }

    /// <summary>Remembers an outcome while there is room.</summary>
    public void Add(long key, bool[] recommended, bool[] atRisk)
    {
        if (Volatile.Read(ref _count) < Capacity && _outcomes.TryAdd(key, (Pack(recommended), Pack(atRisk))))
        {
            Interlocked.Increment(ref _count);
        }
    }

    private static ulong Pack(bool[] flags)
    {
        var bits = 0UL;
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i])
            {
                bits |= 1UL << i;
            }
        }

        return bits;
    }

    private static void Unpack(ulong bits, bool[] flags)
    {
        for (var i = 0; i < flags.Length; i++)
        {
            flags[i] = (bits & (1UL << i)) != 0;
        }
    }
}
