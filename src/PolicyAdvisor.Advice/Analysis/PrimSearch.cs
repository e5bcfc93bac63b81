namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// Patient Rule Induction (Friedman and Fisher) adapted to categorical uncertainties: start from the whole
/// space and repeatedly drop the one value of one field whose removal most raises the share of flips in the
/// box, while the box keeps a minimum weight. Then, as PRIM's covering step does, set the box's scenarios aside
/// and look for the next box among the rest. Runs on the kept scenarios, so its cost is bounded.
/// </summary>
internal static class PrimSearch
{
    /// <summary>A box keeps at least this weighted share of all scenarios.</summary>
    public const double MinMass = 0.05;

    /// <summary>Most boxes per option.</summary>
    public const int MaxBoxes = 3;

    /// <summary>Covering stops once the flips left outside every box are below this share of all flips.</summary>
    public const double MinRemainingFlips = 0.05;

    /// <summary>The boxes for option <paramref name="option"/>; empty when it never or always flips.</summary>
    public static IReadOnlyList<PrimBox> Find(IReadOnlyList<BoxSample> samples, IReadOnlyList<SweepDimension> dims, int option, bool lost, string optionId, string title)
    {
        bool Flipped(BoxSample s) => s.Recommended[option] != lost;
        var total = samples.Sum(s => s.Weight);
        var flips = samples.Where(Flipped).Sum(s => s.Weight);
        var boxes = new List<PrimBox>();
        if (total <= 0 || flips <= 0 || flips >= total * (1 - 1e-12))
        {
            return boxes;
        }

        var remaining = samples.ToList();
        while (boxes.Count < MaxBoxes && remaining.Where(Flipped).Sum(s => s.Weight) >= MinRemainingFlips * flips)
        {
            var (allowed, inBox, density) = Peel(remaining, dims, Flipped, MinMass * total);
            var restrictions = dims.Select((d, i) => (d, i))
                .Where(x => allowed[x.i].Contains(false))
                .Select(x => new BoxRestriction(x.d.FactId, x.d.Field, Enumerable.Range(0, x.d.Values.Count).Where(v => allowed[x.i][v]).Select(x.d.LabelAt).ToArray()))
                .ToArray();
            if (restrictions.Length == 0)
            {
                break;
            }

            var coverage = inBox.Where(Flipped).Sum(s => s.Weight) / flips;
            var where = string.Join(" and ", restrictions.Select(r => $"{dims.First(d => d.FactId == r.FactId && d.Field == r.Field).Phrase} is {string.Join(" or ", r.Values)}"));
            var verb = lost ? "is not advised" : "is advised";
            var text = $"{title} {verb} in {Percent.Of(density)} of the futures where {where} (these hold {Percent.Of(coverage)} of all futures where it {verb})";
            boxes.Add(new PrimBox(optionId, lost, restrictions, density, coverage, inBox.Sum(s => s.Weight) / total, text));
            var taken = inBox.ToHashSet(ReferenceEqualityComparer.Instance);
            remaining.RemoveAll(taken.Contains);
        }

        return boxes;
    }

    private static (bool[][] Allowed, List<BoxSample> InBox, double Density) Peel(List<BoxSample> samples, IReadOnlyList<SweepDimension> dims, Func<BoxSample, bool> flipped, double minMass)
    {
        var allowed = dims.Select(d => Enumerable.Repeat(true, d.Values.Count).ToArray()).ToArray();
        var inBox = samples.ToList();
        var mass = inBox.Sum(s => s.Weight);
        var density = mass > 0 ? inBox.Where(flipped).Sum(s => s.Weight) / mass : 0;
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

                    var (kept, hits) = Measure(inBox, d, v, flipped);
                    if (kept >= minMass && hits / kept > (best?.Density ?? density) + 1e-12)
                    {
                        best = (d, v, hits / kept);
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

        return (allowed, inBox, density);
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
