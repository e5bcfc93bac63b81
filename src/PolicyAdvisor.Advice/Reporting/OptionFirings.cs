using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// Gathers, per recommended option, the rules that drew it and the assessments beneath them, and turns them into
/// a <see cref="RecommendationItem"/> (its role in the decision is filled in once the decision is settled).
/// </summary>
internal sealed class OptionFirings(AdviceRun run, FactDescriber describer, Func<string, OptionInfo> option)
{
    private static readonly string[] StrengthOrder = ["strong", "moderate", "weak"];

    /// <summary>Most claims an option cites in the memo's body; the full chain is in the annex and the JSON.</summary>
    public const int KeyClaimLimit = 3;

    /// <summary>One item per recommended option, in no particular order.</summary>
    public IReadOnlyList<RecommendationItem> Items(IReadOnlyList<RiskItem> risks, IReadOnlyDictionary<string, LikelihoodEstimate> likelihoods, StaleCheck stale)
    {
        var catalog = run.RuleBase.Options;
        return run.FactsOf(BuiltInTypes.Recommendation)
            .Select(f => (Fact: f, Conclusion: run.RuleBase.Conclusions.Recommendation(f)!))
            .GroupBy(r => r.Conclusion.Option, StringComparer.Ordinal)
            .Select(group =>
            {
                var ranked = group.OrderBy(r => Array.IndexOf(StrengthOrder, r.Conclusion.Strength)).ThenBy(r => r.Conclusion.RuleId, StringComparer.Ordinal).ToArray();
                var rules = ranked.Select(r => describer.Firing(run.DerivationOf(r.Fact)!, r.Conclusion.Because)).ToArray();
                var assessments = ranked
                    .SelectMany(r => SupportChain.Derivations(run, r.Fact).Skip(1))
                    .Where(d => d.Rule.Kind == RuleKind.Assessment)
                    .Distinct()
                    .OrderByDescending(d => d.Rule.Priority).ThenBy(d => run.RuleBase.OrderOf(d.Rule.Id))
                    .ThenBy(d => string.Join(",", d.Inserted.Select(run.RuleBase.Schema.IdOf)), StringComparer.Ordinal)
                    .Select(d => describer.Firing(d, d.Because))
                    .ToArray();
                var confidence = ranked.Select(r => describer.WeakestConfidence(r.Fact)).MaxBy(c => Array.IndexOf(["low", "moderate", "high"], c))!;
                var sources = rules.Concat(assessments).SelectMany(r => r.Sources.Concat(r.Facts.SelectMany(f => f.Sources)))
                    .Distinct(StringComparer.Ordinal).Order(new ClaimOrder(run.RuleBase.Sources)).ToArray();
                var leaves = ranked.SelectMany(r => SupportChain.Leaves(run, r.Fact)).Select(run.RuleBase.Schema.IdOf);
                return new RecommendationItem(
                    option(group.Key),
                    catalog.DecisionOf(group.Key)?.Id ?? group.Key,
                    string.Empty,
                    ranked[0].Conclusion.Strength,
                    likelihoods.GetValueOrDefault(group.Key) ?? LikelihoodEstimate.NotAssessed("not estimated"),
                    confidence,
                    rules.SelectMany(r => r.Sources).Distinct(StringComparer.Ordinal).Take(KeyClaimLimit).ToArray(),
                    rules.Select(r => r.Rationale).Distinct(StringComparer.Ordinal).ToArray(),
                    rules,
                    assessments,
                    risks.Where(r => r.Against.Contains(group.Key)).ToArray(),
                    sources,
                    stale.Of(leaves, sources));
            })
            .ToArray();
    }
}
