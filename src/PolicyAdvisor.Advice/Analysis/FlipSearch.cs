namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// Finds, for each option, the smallest sets of uncertain values that flip it away from the situation as stated:
/// first single changes (one-at-a-time sensitivity), then pairs, then triples, stopping for an option at the
/// first size that flips it, and for all within a fixed budget of runs.
/// </summary>
internal sealed class FlipSearch(ScenarioSpace space, IReadOnlyList<string> titles)
{
    /// <summary>Largest set size tried.</summary>
    public const int MaxSetSize = 3;

    /// <summary>Most scenario runs spent on the search.</summary>
    public const int Budget = 20_000;

    public (IReadOnlyList<SweepSignpost> Signposts, bool[] Stated) Search(ScenarioEvaluator evaluator)
    {
        var dims = space.Dimensions;
        var indices = space.StatedIndices.ToArray();
        evaluator.Evaluate(indices);
        var stated = (bool[])evaluator.Recommended.Clone();
        var found = new List<SweepSignpost>();
        var resolved = new bool[stated.Length];
        var runs = 0;
        for (var size = 1; size <= Math.Min(MaxSetSize, dims.Count) && resolved.Contains(false); size++)
        {
            var resolvedNow = new bool[stated.Length];
            foreach (var combo in Combinations(dims.Count, size))
            {
                foreach (var values in Alternatives(combo, indices))
                {
                    if (++runs > Budget)
                    {
                        return (found, stated);
                    }

                    var scenario = (int[])indices.Clone();
                    for (var k = 0; k < combo.Length; k++)
                    {
                        scenario[combo[k]] = values[k];
                    }

                    evaluator.Evaluate(scenario);
                    for (var o = 0; o < stated.Length; o++)
                    {
                        if (!resolved[o] && evaluator.Recommended[o] != stated[o])
                        {
                            resolvedNow[o] = true;
                            found.Add(Signpost(o, stated[o], combo, values));
                        }
                    }
                }
            }

            for (var o = 0; o < resolved.Length; o++)
            {
                resolved[o] |= resolvedNow[o];
            }
        }

        return (found, stated);
    }

    private SweepSignpost Signpost(int option, bool lost, int[] combo, int[] values)
    {
        var dims = space.Dimensions;
        var conditions = combo.Select((d, k) => new SweepCondition(dims[d].FactId, dims[d].Field, dims[d].LabelAt(values[k]))).ToArray();
        var when = string.Join(" and ", combo.Select((d, k) => $"{dims[d].Phrase} becomes {dims[d].LabelAt(values[k])}"));
        var text = $"{titles[option]} {(lost ? "stops being advised" : "becomes advised")} if {when}";
        return new SweepSignpost(space.RuleBase.Options.Options[option].Id, lost, conditions, text);
    }

    // Every value other than the stated one, for each dimension of the combination.
    private IEnumerable<int[]> Alternatives(int[] combo, int[] stated)
    {
        var choices = combo.Select(d => Enumerable.Range(0, space.Dimensions[d].Values.Count).Where(v => v != stated[d]).ToArray()).ToArray();
        return Product(choices, 0);
    }

    private static IEnumerable<int[]> Product(int[][] choices, int from)
    {
        if (from == choices.Length)
        {
            yield return [];
            yield break;
        }

        foreach (var head in choices[from])
        {
            foreach (var tail in Product(choices, from + 1))
            {
                yield return [head, .. tail];
            }
        }
    }

    private static IEnumerable<int[]> Combinations(int n, int size)
    {
        var combo = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return (int[])combo.Clone();
            var i = size - 1;
            while (i >= 0 && combo[i] == n - size + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            combo[i]++;
            for (var j = i + 1; j < size; j++)
            {
                combo[j] = combo[j - 1] + 1;
            }
        }
    }
}
