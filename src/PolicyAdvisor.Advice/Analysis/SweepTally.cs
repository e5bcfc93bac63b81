namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// Weighted counts of one block of scenarios, or of all blocks merged so far. Its size depends on the options
/// and uncertain values only, never on the number of scenarios (apart from the bounded box sample).
/// </summary>
internal sealed class SweepTally
{
    private readonly int[] _offsets;

    public SweepTally(int options, IReadOnlyList<SweepDimension> dimensions)
    {
        Options = options;
        _offsets = new int[dimensions.Count];
        var flat = 0;
        for (var d = 0; d < dimensions.Count; d++)
        {
            _offsets[d] = flat;
            flat += dimensions[d].Values.Count;
        }

        Recommended = new double[options];
        AtRisk = new double[options];
        ValueWeight = new double[flat];
        RecommendedByValue = new double[options * flat];
    }

    public int Options { get; }

    public long Scenarios { get; private set; }

    public double Weight { get; private set; }

    public double[] Recommended { get; }

    public double[] AtRisk { get; }

    /// <summary>Weight of the scenarios with each (dimension, value), flattened.</summary>
    public double[] ValueWeight { get; }

    /// <summary>Per option (row) and flattened (dimension, value) (column): weight recommended.</summary>
    public double[] RecommendedByValue { get; }

    /// <summary>The first scenarios in scenario order, for the PRIM-style boxes.</summary>
    public List<BoxSample> Kept { get; } = [];

    public int Offset(int dimension) => _offsets[dimension];

    public void Add(ReadOnlySpan<int> indices, double weight, bool[] recommended, bool[] atRisk, bool keep)
    {
        Scenarios++;
        Weight += weight;
        var flat = ValueWeight.Length;
        for (var d = 0; d < indices.Length; d++)
        {
            ValueWeight[_offsets[d] + indices[d]] += weight;
        }

        for (var o = 0; o < Options; o++)
        {
            if (atRisk[o])
            {
                AtRisk[o] += weight;
            }

            if (!recommended[o])
            {
                continue;
            }

            Recommended[o] += weight;
            for (var d = 0; d < indices.Length; d++)
            {
                RecommendedByValue[(o * flat) + _offsets[d] + indices[d]] += weight;
            }
        }

        if (keep)
        {
            Kept.Add(new BoxSample(indices.ToArray(), (bool[])recommended.Clone(), weight));
        }
    }

    /// <summary>Adds <paramref name="block"/>; callers merge blocks in block order so sums are reproducible.</summary>
    public void Merge(SweepTally block, int keepLimit)
    {
        Scenarios += block.Scenarios;
        Weight += block.Weight;
        AddTo(Recommended, block.Recommended);
        AddTo(AtRisk, block.AtRisk);
        AddTo(ValueWeight, block.ValueWeight);
        AddTo(RecommendedByValue, block.RecommendedByValue);
        Kept.AddRange(block.Kept.Take(Math.Max(0, keepLimit - Kept.Count)));
    }

    private static void AddTo(double[] target, double[] source)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }
}

/// <summary>One kept scenario: its value indices, the options recommended, and its weight.</summary>
internal sealed record BoxSample(int[] Indices, bool[] Recommended, double Weight);
