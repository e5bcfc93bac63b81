namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// Patient Rule Induction (Friedman and Fisher) adapted to categorical uncertainties: start from the whole
/// space and repeatedly drop the one value of one field whose removal most raises the share of flips in the
/// box, while the box keeps a minimum weight. Runs on the kept scenarios, so its cost is bounded.
/// </summary>
internal static class PrimSearch
{
    /// <summary>A box keeps at least this weighted share of the scenarios.</summary>
    public const double MinMass = 0.05;

    /// <summary>The box for option <paramref name="option"/>, or null when it never or always flips.</summary>
    public static PrimBox? Find(IReadOnlyList<BoxSample> samples, IReadOnlyList<SweepDimension> dims, int option, bool lost, string optionId, string title)
    {
        bool Flipped(BoxSample s) => s.Recommended[option] != lost;
        var total = samples.Sum(s => s.Weight);
        var flips = samples.Where(Flipped).Sum(s => s.Weight);
        if (total <= 0 || flips <= 0 || flips >= total * (1 - 1e-12))
        {
            return null;
        }

        var allowed = dims.Select(d => Enumerable.Repeat(true, d.Values.Count).ToArray()).ToArray();
        var inBox = samples.ToList();
        var density = flips / total;
        while (density < 1)
        {
            (int D, int V, double Density)? best = null;
            for (var d = 0; d < dims.Count; d++)
            {
                if (allowed[d].Count(a => a) < 2)
                {
                    continue;
                }

                for (var v = 0; v < allowed[d].Length; v++)
                {
                    if (!allowed[d][v])
                    {
                        continue;
                    }

                    var (mass, hits) = Measure(inBox, d, v, Flipped);
                    if (mass >= MinMass * total && hits / mass > (best?.Density ?? density) + 1e-12)
                    {
                        best = (d, v, hits / mass);
                    }
                }
            }

            if (best is not { } peel)
            {
                break;
            }

            allowed[peel.D][peel.V] = false;
            inBox.RemoveAll(s => s.Indices[peel.D] == peel.V);
            density = peel.Density;
        }

        var boxWeight = inBox.Sum(s => s.Weight);
        var restrictions = dims.Select((d, i) => (d, i))
            .Where(x => allowed[x.i].Contains(false))
            .Select(x => new BoxRestriction(x.d.FactId, x.d.Field, Enumerable.Range(0, x.d.Values.Count).Where(v => allowed[x.i][v]).Select(x.d.LabelAt).ToArray()))
            .ToArray();
        if (restrictions.Length == 0)
        {
            return null;
        }

        var coverage = inBox.Where(Flipped).Sum(s => s.Weight) / flips;
        var where = string.Join(" and ", restrictions.Select(r => $"{dims.First(d => d.FactId == r.FactId && d.Field == r.Field).Phrase} is {string.Join(" or ", r.Values)}"));
        var text = $"{title} {(lost ? "is not advised" : "is advised")} in {Percent.Of(density)} of the futures where {where} " +
            $"(which hold {Percent.Of(coverage)} of the futures where it {(lost ? "is not advised" : "is advised")})";
        return new PrimBox(optionId, lost, restrictions, density, coverage, boxWeight / total, text);
    }

    private static (double Mass, double Hits) Measure(List<BoxSample> inBox, int dimension, int value, Func<BoxSample, bool> flipped)
    {
        double mass = 0, hits = 0;
        foreach (var sample in inBox)
        {
            if (sample.Indices[dimension] == value)
            {
                continue;
            }

            mass += sample.Weight;
            if (flipped(sample))
            {
                hits += sample.Weight;
            }
        }

        return (mass, hits);
    }
}
