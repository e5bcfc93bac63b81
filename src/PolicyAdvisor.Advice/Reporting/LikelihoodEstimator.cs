using System.Globalization;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// Derives likelihoods from the situation's own: every combination of the uncertain fields whose present value
/// is among their alternatives is run, weighted by the product of its values' likelihoods (midpoints, normalised
/// per field), and a conclusion's likelihood is the weight of the futures in which it still holds. Fields whose
/// present value is not listed (a pending election) stay as they are: the estimate is for the time before they
/// resolve, and the signposts say what their resolution would change. A value marked <c>realises: risk</c> gives
/// that risk its own likelihood directly.
/// </summary>
internal sealed class LikelihoodEstimator(Advisor advisor)
{
    /// <summary>Most futures enumerated; beyond it nothing is assessed rather than guessed.</summary>
    public const int MaxFutures = 4096;

    /// <summary>Estimates for every option and risk concluded in <paramref name="run"/>, by id.</summary>
    public (IReadOnlyDictionary<string, LikelihoodEstimate> Options, IReadOnlyDictionary<string, LikelihoodEstimate> Risks) Estimate(AdviceRun run)
    {
        var schema = run.RuleBase.Schema;
        var situation = run.Situation;
        var live = situation.Facts
            .SelectMany(f => f.Uncertain.Where(u => u.Alternatives.Count > 0).Select(u => (Fact: f, Field: u)))
            .Where(x => x.Field.Alternatives.Any(a => Same(a.Value, x.Fact.ValueOf(schema.Find(x.Fact.Type)!.Field(x.Field.Field)!))))
            .Select(x => x.Field)
            // By id, not by place in the file: the same facts listed in another order must give the same memo.
            .OrderBy(u => u.FactId, StringComparer.Ordinal)
            .ThenBy(u => u.Field, StringComparer.Ordinal)
            .ToArray();
        var conclusions = run.RuleBase.Conclusions;
        var options = Leaves(run, BuiltInTypes.Recommendation, f => conclusions.Recommendation(f)!.Option);
        var risks = Leaves(run, BuiltInTypes.Risk, f => conclusions.Risk(f)!.Risk);
        var shares = Shares(run, live);
        var liveFacts = live.Select(u => u.FactId).ToHashSet(StringComparer.Ordinal);
        var fields = string.Join(", ", live.Select(u => $"{u.FactId}.{u.Field}"));

        LikelihoodEstimate FromFutures(string id, IReadOnlySet<string> leaves, Func<Outcome, bool> holds)
        {
            if (shares is null)
            {
                return LikelihoodEstimate.NotAssessed($"more than {MaxFutures} futures");
            }

            if (!leaves.Overlaps(liveFacts))
            {
                return LikelihoodEstimate.NotAssessed("none of the facts it rests on is uncertain in the situation");
            }

            var share = shares.Where(holds).Sum(o => o.Weight);
            return Estimate(share, "futures", $"holds in {Percent(share)} of the futures of {fields}");
        }

        var optionEstimates = options.ToDictionary(o => o.Key, o => FromFutures(o.Key, o.Value, f => f.Options.Contains(o.Key)), StringComparer.Ordinal);
        var riskEstimates = risks.ToDictionary(r => r.Key, r => Realised(situation, r.Key) ?? FromFutures(r.Key, r.Value, f => f.Risks.Contains(r.Key)), StringComparer.Ordinal);
        return (optionEstimates, riskEstimates);
    }

    private List<Outcome>? Shares(AdviceRun stated, IReadOnlyList<UncertainField> live)
    {
        var count = live.Aggregate(1L, (n, u) => n > MaxFutures ? n : n * u.Alternatives.Count);
        if (count > MaxFutures)
        {
            return null;
        }

        var run = advisor.Run(stated.Situation, stated.AsOf, traced: false);
        var weights = live.Select(u => Normalised(u.Alternatives)).ToArray();
        var indices = new int[live.Count];
        var outcomes = new List<Outcome>((int)count);
        for (var future = 0L; future < count; future++)
        {
            var rest = future;
            var weight = 1.0;
            for (var d = live.Count - 1; d >= 0; d--)
            {
                var index = (int)(rest % live[d].Alternatives.Count);
                rest /= live[d].Alternatives.Count;
                if (index != indices[d] || future == 0)
                {
                    run.Set(live[d].FactId, live[d].Field, live[d].Alternatives[index].Value);
                    indices[d] = index;
                }

                weight *= weights[d][index];
            }

            outcomes.Add(new Outcome(weight, run.RecommendedOptions.ToHashSet(StringComparer.Ordinal), run.Risks.Select(r => r.Risk).ToHashSet(StringComparer.Ordinal)));
        }

        return outcomes;
    }

    // Values of any uncertain field that bring the risk about; several fields combine as independent chances.
    private static LikelihoodEstimate? Realised(Situation situation, string risk)
    {
        var parts = situation.Uncertainties
            .OrderBy(u => u.FactId, StringComparer.Ordinal)
            .ThenBy(u => u.Field, StringComparer.Ordinal)
            .Select(u => (Field: u, Weights: Normalised(u.Alternatives), Hits: u.Alternatives.Select((a, i) => (a, i)).Where(x => x.a.Realises.Contains(risk, StringComparer.Ordinal)).ToArray()))
            .Where(x => x.Hits.Length > 0)
            .ToArray();
        if (parts.Length == 0)
        {
            return null;
        }

        var none = parts.Aggregate(1.0, (p, x) => p * (1 - x.Hits.Sum(h => x.Weights[h.i])));
        var detail = string.Join("; or ", parts.Select(x => $"{x.Field.FactId}.{x.Field.Field} becomes {string.Join(" or ", x.Hits.Select(h => $"{FactValues.Format(h.a.Value)} ({h.a.Likelihood.Words})"))}"));
        return Estimate(1 - none, "realised", detail);
    }

    private static LikelihoodEstimate Estimate(double share, string basis, string detail) =>
        new(Likelihood.ForShare(share).Words, Math.Round(share, 4), basis, detail);

    private static double[] Normalised(IReadOnlyList<Alternative> alternatives)
    {
        var total = alternatives.Sum(a => a.Likelihood.Midpoint);
        return alternatives.Select(a => a.Likelihood.Midpoint / total).ToArray();
    }

    // Per option (or risk) id, the ids of the situation facts beneath every conclusion that names it.
    private static Dictionary<string, IReadOnlySet<string>> Leaves(AdviceRun run, string type, Func<object, string> idOf) =>
        run.FactsOf(type)
            .GroupBy(idOf, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlySet<string>)g.SelectMany(f => SupportChain.Leaves(run, f)).Select(run.RuleBase.Schema.IdOf).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);

    private static bool Same(object? a, object? b) => FactValues.Format(a) == FactValues.Format(b);

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private sealed record Outcome(double Weight, HashSet<string> Options, HashSet<string> Risks);
}
