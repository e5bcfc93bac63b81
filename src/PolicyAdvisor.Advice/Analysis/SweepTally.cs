namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// Weighted counts of one block of scenarios, or of all blocks merged so far. Its size depends on the options
/// and uncertain values only, never on the number of scenarios (apart from the cells for the boxes, which are bounded).
/// </summary>
internal sealed class SweepTally
{
    private readonly int[] _offsets;
    private readonly long[]? _place;
    private readonly int _cellLimit;

    public SweepTally(int options, IReadOnlyList<SweepDimension> dimensions, int cellLimit)
    {
        Options = options;
        _cellLimit = cellLimit;
        _offsets = new int[dimensions.Count];
        var place = new long[dimensions.Count];
        var flat = 0;
        var product = 1L;
        for (var d = 0; d < dimensions.Count; d++)
        {
            _offsets[d] = flat;
            flat += dimensions[d].Values.Count;
            place[d] = product;
            var radix = Math.Max(1, dimensions[d].Values.Count);
            product = product < 0 || product > long.MaxValue / radix ? -1 : product * radix;
        }

        // Too many combinations to key in a long: no cells, so no boxes.
        _place = product < 0 ? null : place;
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

    /// <summary>Per distinct combination of values: its weight and weight recommended per option, for the boxes.</summary>
    public Dictionary<long, BoxCell> Cells { get; } = [];

    public int Offset(int dimension) => _offsets[dimension];

    public void Add(ReadOnlySpan<int> indices, double weight, bool[] recommended, bool[] atRisk)
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

        if (_place is not null)
        {
            var key = 0L;
            for (var d = 0; d < indices.Length; d++)
            {
                key += indices[d] * _place[d];
            }

            if (Cells.TryGetValue(key, out var cell) || Cells.Count < _cellLimit)
            {
                if (cell is null)
                {
                    cell = new BoxCell(indices.ToArray(), Options);
                    Cells[key] = cell;
                }

                cell.Add(weight, recommended);
            }
        }
    }

    /// <summary>Adds <paramref name="block"/>; callers merge blocks in block order so sums are reproducible.</summary>
    public void Merge(SweepTally block)
    {
        Scenarios += block.Scenarios;
        Weight += block.Weight;
        AddTo(Recommended, block.Recommended);
        AddTo(AtRisk, block.AtRisk);
        AddTo(ValueWeight, block.ValueWeight);
        AddTo(RecommendedByValue, block.RecommendedByValue);
        // Keys in order, so which cells are admitted at the limit does not depend on dictionary order.
        foreach (var (key, cell) in block.Cells.OrderBy(c => c.Key))
        {
            if (Cells.TryGetValue(key, out var mine))
            {
                mine.Merge(cell);
            }
            else if (Cells.Count < _cellLimit)
            {
                Cells[key] = cell;
            }
        }
    }

    private static void AddTo(double[] target, double[] source)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }
}

/// <summary>One distinct combination of values: its total weight, and per option the weight recommending it.</summary>
internal sealed class BoxCell(int[] indices, int options)
{
    public int[] Indices { get; } = indices;

    public double Weight { get; private set; }

    public double[] Recommended { get; } = new double[options];

    public void Add(double weight, bool[] recommended)
    {
        Weight += weight;
        for (var o = 0; o < recommended.Length; o++)
        {
            if (recommended[o])
            {
                Recommended[o] += weight;
            }
        }
    }

    public void Merge(BoxCell other)
    {
        Weight += other.Weight;
        for (var o = 0; o < Recommended.Length; o++)
        {
            Recommended[o] += other.Recommended[o];
        }
    }
}
