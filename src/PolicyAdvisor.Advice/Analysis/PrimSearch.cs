namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// Patient Rule Induction (Friedman and Fisher) adapted to categorical uncertainties: start from the whole
/// space and repeatedly drop the one value of one field whose removal most raises the share of flips in the
/// box, while the box keeps a minimum weight. Then, as PRIM's covering step does, set the box's scenarios aside
/// and look for the next box among the rest. Runs on the distinct combinations tallied by the sweep (each with
/// its weight), so its cost depends on the size of the space, not on the number of scenarios.
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
    public static IReadOnlyList<PrimBox> Find(IReadOnlyList<BoxCell> samples, IReadOnlyList<SweepDimension> dims, int option, bool lost, string optionId, string title)
    {
        double Flipped(BoxCell c) => lost ? c.Weight - c.Recommended[option] : c.Recommended[option];
        var total = samples.Sum(s => s.Weight);
        var flips = samples.Sum(Flipped);
        var boxes = new List<PrimBox>();
        if (total <= 0 || flips <= 0 || flips >= total * (1 - 1e-12))
        {
            return boxes;
        }

        var remaining = samples.ToList();
        while (boxes.Count < MaxBoxes && remaining.Sum(Flipped) >= MinRemainingFlips * flips)
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

            var coverage = inBox.Sum(Flipped) / flips;
            var where = string.Join(" and ", restrictions.Select(r => $"{dims.First(d => d.FactId == r.FactId && d.Field == r.Field).Phrase} is {string.Join(" or ", r.Values)}"));
            var verb = lost ? "is not advised" : "is advised";
            var text = $"{title} {verb} in {Percent.Of(density)} of the futures where {where} (these hold {Percent.Of(coverage)} of all futures where it {verb})";
            boxes.Add(new PrimBox(optionId, lost, restrictions, density, coverage, inBox.Sum(s => s.Weight) / total, text));
            var taken = inBox.ToHashSet(ReferenceEqualityComparer.Instance);
            remaining.RemoveAll(taken.Contains);
        }

        return boxes;
    }

    private static (bool[][] Allowed, List<BoxCell> InBox, double Density) Peel(List<BoxCell> samples, IReadOnlyList<SweepDimension> dims, Func<BoxCell, double> flipped, double minMass)
    {
        var allowed = dims.Select(d => Enumerable.Repeat(true, d.Values.Count).ToArray()).ToArray();
        var inBox = samples.ToList();
        var mass = inBox.Sum(s => s.Weight);
        var density = mass > 0 ? inBox.Sum(flipped) / mass : 0;
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

    private static (double Mass, double Hits) Measure(List<BoxCell> inBox, int dimension, int value, Func<BoxCell, double> flipped)
    {
        double mass = 0, hits = 0;
        foreach (var sample in inBox)
        {
            if (sample.Indices[dimension] == value)
            {
                continue;
            }

            mass += sample.Weight;
            hits += flipped(sample);
        }

        return (mass, hits);
    }
}
