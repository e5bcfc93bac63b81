namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// Cuts the scenarios of a sweep into fixed blocks and generates each block on its own, from the seed and the
/// block number alone, so results do not depend on how many workers ran or in which order they finished.
/// </summary>
internal sealed class ScenarioBlocks
{
    /// <summary>Scenarios per block: large enough to amortise scheduling, small enough to balance two cores.</summary>
    public const int BlockSize = 1024;

    private readonly IReadOnlyList<SweepDimension> _dimensions;
    private readonly double[][] _cumulative;
    private readonly int _seed;

    public ScenarioBlocks(IReadOnlyList<SweepDimension> dimensions, SweepMethod method, long scenarios, int seed)
    {
        _dimensions = dimensions;
        Method = method;
        Scenarios = scenarios;
        _seed = seed;
        _cumulative = dimensions.Select(d =>
        {
            var sums = new double[d.Weights.Count];
            var sum = 0.0;
            for (var i = 0; i < sums.Length; i++)
            {
                sum += d.Weights[i];
                sums[i] = sum;
            }

            return sums;
        }).ToArray();
    }

    /// <summary>The method in effect (never <see cref="SweepMethod.Auto"/>).</summary>
    public SweepMethod Method { get; }

    /// <summary>Scenarios in all.</summary>
    public long Scenarios { get; }

    /// <summary>Number of blocks.</summary>
    public long Count => (Scenarios + BlockSize - 1) / BlockSize;

    /// <summary>Scenarios in <paramref name="block"/>.</summary>
    public int Length(long block) => (int)Math.Min(BlockSize, Scenarios - (block * BlockSize));

    /// <summary>
    /// Writes the value indices of every scenario in <paramref name="block"/> (row-major, one row per scenario)
    /// and each scenario's weight: the product of its values' weights for a factorial, 1 for a sample (sampling
    /// already draws by likelihood).
    /// </summary>
    public void Fill(long block, int[] indices, double[] weights)
    {
        var length = Length(block);
        var width = _dimensions.Count;
        if (Method == SweepMethod.FullFactorial)
        {
            for (var s = 0; s < length; s++)
            {
                var rest = (block * BlockSize) + s;
                var weight = 1.0;
                for (var d = width - 1; d >= 0; d--)
                {
                    var radix = _dimensions[d].Values.Count;
                    var index = (int)(rest % radix);
                    rest /= radix;
                    indices[(s * width) + d] = index;
                    weight *= _dimensions[d].Weights[index];
                }

                weights[s] = weight;
            }

            return;
        }

        var random = new Random(SeedFor(block));
        Array.Fill(weights, 1.0, 0, length);
        if (Method == SweepMethod.MonteCarlo)
        {
            for (var s = 0; s < length; s++)
            {
                for (var d = 0; d < width; d++)
                {
                    indices[(s * width) + d] = Draw(d, random.NextDouble());
                }
            }

            return;
        }

        // Latin hypercube within the block: each field's [0,1) is cut into one stratum per scenario and every
        // stratum is used once, in a shuffled order per field.
        var strata = new int[length];
        for (var d = 0; d < width; d++)
        {
            for (var s = 0; s < length; s++)
            {
                strata[s] = s;
            }

            random.Shuffle(strata);
            for (var s = 0; s < length; s++)
            {
                indices[(s * width) + d] = Draw(d, (strata[s] + random.NextDouble()) / length);
            }
        }
    }

    private int Draw(int dimension, double u)
    {
        var sums = _cumulative[dimension];
        for (var i = 0; i < sums.Length - 1; i++)
        {
            if (u < sums[i])
            {
                return i;
            }
        }

        return sums.Length - 1;
    }

    // SplitMix64 of (seed, block): well-spread, platform-independent seeds for System.Random per block.
    private int SeedFor(long block)
    {
        var z = unchecked(((ulong)(uint)_seed << 32) ^ (ulong)block) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
