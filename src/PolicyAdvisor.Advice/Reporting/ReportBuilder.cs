using System.Globalization;
using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// Turns a run into the report a memo renders: the decisions with the course recommended for each, every
/// conclusion traced to its rules, facts and claims, likelihoods beside confidence, what was not recommended
/// and why, what the advice assumes, what has gone stale, and what would change it.
/// </summary>
/// <param name="advisor">Reruns situations for likelihoods, dated events and signposts.</param>
/// <param name="displayPath">
/// Maps file paths to what readers see (e.g. relative to the project), so memos do not depend on where a
/// checkout lives; identity when null.
/// </param>
public sealed class ReportBuilder(Advisor advisor, Func<string, string>? displayPath = null)
{
    private static readonly string[] SeverityOrder = ["low", "moderate", "high"];
    private static readonly string[] ConfidenceOrder = ["high", "moderate", "low"];

    private readonly Func<string, string> _display = displayPath ?? (p => p);

    /// <summary>Builds the report for <paramref name="run"/>.</summary>
    /// <param name="run">A traced run.</param>
    /// <param name="fingerprint">The hash of the inputs.</param>
    /// <param name="signposts">Run the one-at-a-time sensitivity analysis to fill the signposts.</param>
    public AdviceReport Build(AdviceRun run, Fingerprint fingerprint, bool signposts = true)
    {
        ArgumentNullException.ThrowIfNull(run);
        var analysis = new SensitivityAnalysis(advisor);
        if (signposts)
        {
            // Before any work, so a situation too large for the search is refused at once.
            ReportBudget.CheckSignposts(analysis, run.Situation);
        }

        var describer = new FactDescriber(run, _display);
        var stale = new StaleCheck(run);
        var catalog = run.RuleBase.Options;
        var (optionLikelihoods, riskLikelihoods) = new LikelihoodEstimator(advisor).Estimate(run);
        var risks = Risks(run, describer, riskLikelihoods, stale);
        var found = Tradeoffs(run, describer);
        var items = new OptionFirings(run, describer, id => OptionInfoOf(catalog.Find(id), id, run.AsOf))
            .Items(risks, optionLikelihoods, stale)
            .ToDictionary(r => r.Option.Id, StringComparer.Ordinal);
        var notRecommended = NotRecommended(run, items.Keys.ToHashSet(StringComparer.Ordinal));
        var present = run.Facts.Select(run.RuleBase.Schema.TypeNameOf).ToHashSet(StringComparer.Ordinal);
        var (decisions, roles) = new DecisionSettler(catalog, present).Settle(items, found, notRecommended, WhyNow);
        var recommendations = decisions
            .SelectMany(d => d.Course.Select(c => c.OptionId).Concat(d.Considered.Where(c => c.Advised).Select(c => c.OptionId)))
            .Select(id => items[id] with { Role = roles[id] })
            .ToArray();
        var tradeoffs = found
            .Select(t => t with { Settled = !decisions.Any(d => d.Tensions.Contains(t.Id)), Decision = catalog.DecisionOf(t.Sides[0].OptionId)?.Id ?? string.Empty })
            .ToArray();
        var courses = decisions.SelectMany(d => d.Course.Select(c => c.OptionId)).ToHashSet(StringComparer.Ordinal);
        var concluded = run.FactsOf(BuiltInTypes.Recommendation).Concat(run.FactsOf(BuiltInTypes.Risk)).Concat(run.FactsOf(BuiltInTypes.Tradeoff));
        var assumptions = Assumptions(run, describer, concluded);
        var cited = Cited(recommendations, risks, tradeoffs, notRecommended, assumptions);
        var staleItems = stale.Items(recommendations.Select(r => (r.Option.Id, r.Stale)).Concat(risks.Select(r => (r.Id, r.Stale))), cited, run.RuleBase.Schema);
        cited.UnionWith(staleItems.Where(s => s.Kind == "claim").Select(s => s.Id));
        var situation = new SituationSummary(
            run.Situation.Title, run.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), run.Situation.Description, _display(run.Situation.File));
        var bottomLine = new BottomLine(decisions.FirstOrDefault(d => d.Status != "none")?.Id, new DatedEvents(advisor).Next(run), risks.FirstOrDefault()?.Id);
        var report = new AdviceReport(
            situation,
            bottomLine,
            decisions,
            recommendations,
            risks,
            tradeoffs,
            notRecommended.Select(n => n with { Reasons = n.Reasons.Select(r => r with { File = _display(r.File) }).ToArray() }).ToArray(),
            assumptions,
            signposts ? Signposts(run, analysis, courses) : [],
            staleItems,
            Bibliography.Of(run.RuleBase.Sources, cited, stale),
            fingerprint);
        ReportBudget.CheckSize(report);
        return report;
    }

    // What makes a course pressing: the assessments beneath it; a course resting on none gives its own reasons.
    private static IReadOnlyList<string> WhyNow(RecommendationItem item) =>
        item.Assessments.Count > 0 ? item.Assessments.Select(a => a.Rationale).ToArray() : item.Reasons;

    private static IReadOnlyList<RiskItem> Risks(AdviceRun run, FactDescriber describer, IReadOnlyDictionary<string, LikelihoodEstimate> likelihoods, StaleCheck stale)
    {
        var rules = run.RuleBase.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return run.FactsOf(BuiltInTypes.Risk)
            .Select(f => (Fact: f, Risk: run.RuleBase.Conclusions.Risk(f)!))
            .Select(r =>
            {
                var firing = Firing(run, describer, r.Fact, r.Risk.Because);
                var leaves = SupportChain.Leaves(run, r.Fact).Select(run.RuleBase.Schema.IdOf);
                var claims = SupportChain.Derivations(run, r.Fact).SelectMany(d => d.Rule.Sources).Concat(firing.Facts.SelectMany(x => x.Sources));
                var likelihood = likelihoods.GetValueOrDefault(r.Risk.Risk) ?? LikelihoodEstimate.NotAssessed("not estimated");
                return new RiskItem(r.Risk.Risk, Title(run, r.Fact), likelihood, r.Risk.Severity, describer.WeakestConfidence(r.Fact), r.Risk.Against, firing, stale.Of(leaves, claims));
            })
            // Gravest first: likelihood times severity (a risk the situation's likelihoods do not reach counts as
            // an even chance), then the firmer sources, then the order the rule base states its rules in.
            .OrderByDescending(r => (r.Likelihood.Share ?? 0.5) * (Array.IndexOf(SeverityOrder, r.Severity) + 1))
            .ThenBy(r => Array.IndexOf(ConfidenceOrder, r.Confidence))
            .ThenBy(r => rules.GetValueOrDefault(r.Rule.RuleId, int.MaxValue))
            // Several assessments can raise the same risk; the reader needs it once, at its gravest (`explain` shows every route).
            .DistinctBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
    }

    private static IReadOnlyList<TradeoffItem> Tradeoffs(AdviceRun run, FactDescriber describer) =>
        run.FactsOf(BuiltInTypes.Tradeoff)
            .Select(f => (Fact: f, Tradeoff: run.RuleBase.Conclusions.Tradeoff(f)!))
            .Select(t => new TradeoffItem(
                t.Tradeoff.Tradeoff,
                Title(run, t.Fact),
                t.Tradeoff.Sides.Select(s => new Reports.TradeoffSide(s.Option, run.RuleBase.Options.Find(s.Option) is { } o ? OptionText.Render(o.Title, run.AsOf) : s.Option, s.View, s.Sources)).ToArray(),
                Firing(run, describer, t.Fact, t.Tradeoff.Because),
                false,
                string.Empty))
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            // A trade-off rule can fire once per pair of supporting facts; the reader needs each trade-off once.
            .DistinctBy(t => t.Id, StringComparer.Ordinal)
            .ToArray();

    private static IReadOnlyList<NotRecommendedItem> NotRecommended(AdviceRun run, IReadOnlySet<string> recommended)
    {
        var search = new PremiseSearch(run);
        return run.RuleBase.Options.Options
            .Where(o => !recommended.Contains(o.Id))
            .Select(o =>
            {
                var reasons = run.RuleBase.Rules
                    .Where(r => r.Action.Kind == ActionKind.Recommend && r.Action.Target == o.Id)
                    .Select(search.FirstFailure)
                    .OfType<FailedPremise>()
                    .ToArray();
                return new NotRecommendedItem(OptionInfoOf(o, o.Id, run.AsOf), reasons.Length > 0
                    ? reasons
                    : [new FailedPremise(string.Empty, o.File, o.Line, "no rule recommends this option", string.Empty)]);
            })
            .ToArray();
    }

    private static IReadOnlyList<FactRef> Assumptions(AdviceRun run, FactDescriber describer, IEnumerable<object> concluded)
    {
        var leaves = concluded.SelectMany(c => SupportChain.Leaves(run, c)).Distinct(ReferenceEqualityComparer.Instance).ToArray();
        // By id, not by place in the file: the same facts listed in another order must give the same memo.
        return leaves.Select(describer.Describe).OrderBy(f => f.Id, StringComparer.Ordinal).ToArray();
    }

    private static IReadOnlyList<SignpostItem> Signposts(AdviceRun run, SensitivityAnalysis analysis, IReadOnlySet<string> courses)
    {
        var changes = analysis.Flips(run.Situation, run.AsOf)
            .Select(f => new SignpostRanking.Change([(f.FactId, f.Field, f.Value)], f.Lost, f.Gained));
        return SignpostRanking.Rank(changes, courses, run.Situation);
    }

    private static HashSet<string> Cited(
        IReadOnlyList<RecommendationItem> recommendations,
        IReadOnlyList<RiskItem> risks,
        IReadOnlyList<TradeoffItem> tradeoffs,
        IReadOnlyList<NotRecommendedItem> notRecommended,
        IReadOnlyList<FactRef> assumptions) =>
        recommendations.SelectMany(r => r.Sources.Concat(r.Option.Pros.Concat(r.Option.Cons).SelectMany(p => p.Sources)))
            .Concat(risks.SelectMany(r => r.Rule.Sources))
            .Concat(tradeoffs.SelectMany(t => t.Rule.Sources.Concat(t.Sides.SelectMany(s => s.Sources))))
            .Concat(notRecommended.SelectMany(n => n.Option.Pros.Concat(n.Option.Cons).SelectMany(p => p.Sources)))
            .Concat(assumptions.SelectMany(a => a.Sources))
            .ToHashSet(StringComparer.Ordinal);

    private static RuleFiring Firing(AdviceRun run, FactDescriber describer, object conclusion, string because) =>
        run.DerivationOf(conclusion) is { } derivation
            ? describer.Firing(derivation, because)
            : throw new InvalidOperationException("The run was not traced; reports need provenance.");

    private static string Title(AdviceRun run, object conclusion) =>
        run.DerivationOf(conclusion)?.Rule.Title ?? string.Empty;

    private static OptionInfo OptionInfoOf(OptionSpec? option, string id, DateTime asOf) => option is null
        ? new OptionInfo(id, id, id, [], string.Empty, [], [])
        : new OptionInfo(option.Id, OptionText.Render(option.Title, asOf), OptionText.Render(option.Label, asOf), option.Actors, OptionText.Render(option.Summary, asOf),
            option.Pros.Select(p => new SourcedText(OptionText.Render(p.Text, asOf), p.Sources)).ToArray(),
            option.Cons.Select(p => new SourcedText(OptionText.Render(p.Text, asOf), p.Sources)).ToArray());
}
