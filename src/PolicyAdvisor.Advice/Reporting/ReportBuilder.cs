using System.Globalization;
using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// Turns a run into the report a memo renders: conclusions grouped by option, each traced to its rules, facts
/// and claims; what was not recommended and why; what the advice assumes; and what would change it.
/// </summary>
/// <param name="advisor">Reruns situations for the signposts.</param>
/// <param name="displayPath">
/// Maps file paths to what readers see (e.g. relative to the project), so memos do not depend on where a
/// checkout lives; identity when null.
/// </param>
public sealed class ReportBuilder(Advisor advisor, Func<string, string>? displayPath = null)
{
    private readonly Func<string, string> _display = displayPath ?? (p => p);

    private static readonly string[] StrengthOrder = ["strong", "moderate", "weak"];
    private static readonly string[] SeverityOrder = ["high", "moderate", "low"];

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
        var conclusions = run.RuleBase.Conclusions;
        var risks = run.FactsOf(BuiltInTypes.Risk)
            .Select(f => (Fact: f, Risk: conclusions.Risk(f)!))
            .Select(r => new RiskItem(r.Risk.Risk, Title(run, r.Fact), r.Risk.Severity, r.Risk.Against, Firing(run, describer, r.Fact, r.Risk.Because)))
            .OrderBy(r => Array.IndexOf(SeverityOrder, r.Severity)).ThenBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Rule.RuleId, StringComparer.Ordinal)
            // Several assessments can raise the same risk; the reader needs it once, at its gravest (`explain` shows every route).
            .DistinctBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
        var recommendations = Recommendations(run, describer, risks);
        var tradeoffs = run.FactsOf(BuiltInTypes.Tradeoff)
            .Select(f => (Fact: f, Tradeoff: conclusions.Tradeoff(f)!))
            .Select(t => new TradeoffItem(
                t.Tradeoff.Tradeoff,
                Title(run, t.Fact),
                t.Tradeoff.Sides.Select(s => new Reports.TradeoffSide(s.Option, run.RuleBase.Options.Find(s.Option)?.Title ?? s.Option, s.View, s.Sources)).ToArray(),
                Firing(run, describer, t.Fact, t.Tradeoff.Because)))
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            // A trade-off rule can fire once per pair of supporting facts; the reader needs each trade-off once.
            .DistinctBy(t => t.Id, StringComparer.Ordinal)
            .ToArray();
        var concluded = run.FactsOf(BuiltInTypes.Recommendation).Concat(run.FactsOf(BuiltInTypes.Risk)).Concat(run.FactsOf(BuiltInTypes.Tradeoff));
        var assumptions = Assumptions(run, describer, concluded);
        var notRecommended = NotRecommended(run, recommendations)
            .Select(n => n with { Reasons = n.Reasons.Select(r => r with { File = _display(r.File) }).ToArray() })
            .ToArray();
        var signpostItems = signposts ? Signposts(run, analysis) : [];
        var citations = Citations(run.RuleBase.Sources, recommendations, risks, tradeoffs, notRecommended, assumptions);
        var situation = new SituationSummary(
            run.Situation.Title, run.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), run.Situation.Description, _display(run.Situation.File));
        var report = new AdviceReport(situation, recommendations, risks, tradeoffs, notRecommended, assumptions, signpostItems, citations, fingerprint);
        ReportBudget.CheckSize(report);
        return report;
    }

    private static IReadOnlyList<RecommendationItem> Recommendations(AdviceRun run, FactDescriber describer, IReadOnlyList<RiskItem> risks)
    {
        var catalog = run.RuleBase.Options;
        return run.FactsOf(BuiltInTypes.Recommendation)
            .Select(f => (Fact: f, Conclusion: run.RuleBase.Conclusions.Recommendation(f)!))
            .GroupBy(r => r.Conclusion.Option, StringComparer.Ordinal)
            .Select(group =>
            {
                var option = OptionInfoOf(catalog.Find(group.Key), group.Key);
                var ranked = group.OrderBy(r => Array.IndexOf(StrengthOrder, r.Conclusion.Strength)).ThenBy(r => r.Conclusion.RuleId, StringComparer.Ordinal).ToArray();
                var rules = ranked.Select(r => Firing(run, describer, r.Fact, r.Conclusion.Because)).ToArray();
                var assessments = ranked
                    .SelectMany(r => SupportChain.Derivations(run, r.Fact).Skip(1))
                    .Where(d => RuleBase.SpecOf(d.Rule)?.Kind == RuleKind.Assessment)
                    .Distinct()
                    .OrderBy(d => d.Sequence)
                    .Select(d => describer.Firing(d, RuleBase.SpecOf(d.Rule)!.RenderBecause(new DerivationMatch(d))))
                    .ToArray();
                var confidence = ranked.Select(r => describer.WeakestConfidence(r.Fact)).MaxBy(c => Array.IndexOf(["low", "moderate", "high"], c))!;
                var sources = rules.Concat(assessments).SelectMany(r => r.Sources.Concat(r.Facts.SelectMany(f => f.Sources)))
                    .Distinct(StringComparer.Ordinal).Order(new ClaimOrder(run.RuleBase.Sources)).ToArray();
                return new RecommendationItem(option, ranked[0].Conclusion.Strength, confidence, rules, assessments,
                    risks.Where(r => r.Against.Contains(group.Key)).ToArray(), sources);
            })
            .OrderBy(r => Array.IndexOf(StrengthOrder, r.Strength))
            .ThenBy(r => IndexOf(catalog, r.Option.Id))
            .ToArray();
    }

    private static IReadOnlyList<NotRecommendedItem> NotRecommended(AdviceRun run, IReadOnlyList<RecommendationItem> recommended)
    {
        var search = new PremiseSearch(run);
        return run.RuleBase.Options.Options
            .Where(o => recommended.All(r => r.Option.Id != o.Id))
            .Select(o =>
            {
                var reasons = run.RuleBase.Rules
                    .Where(r => r.Action.Kind == ActionKind.Recommend && r.Action.Target == o.Id)
                    .Select(search.FirstFailure)
                    .OfType<FailedPremise>()
                    .ToArray();
                return new NotRecommendedItem(OptionInfoOf(o, o.Id), reasons.Length > 0
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

    private static IReadOnlyList<SignpostItem> Signposts(AdviceRun run, SensitivityAnalysis analysis)
    {
        var options = run.RuleBase.Options;
        var title = (string id) => options.Find(id)?.Title ?? id;
        // Facts by id (a stable sort keeps each fact's field and value order), whatever their order in the file.
        return analysis.Flips(run.Situation, run.AsOf)
            .OrderBy(f => f.FactId, StringComparer.Ordinal)
            .SelectMany(f => f.Lost.Select(o => new SignpostItem($"{title(o)}: no longer advised if {f.FactId}.{f.Field} becomes {f.Value}", o, f.FactId, f.Field, f.Value))
                .Concat(f.Gained.Select(o => new SignpostItem($"{title(o)}: becomes advised if {f.FactId}.{f.Field} becomes {f.Value}", o, f.FactId, f.Field, f.Value))))
            .ToArray();
    }

    private static IReadOnlyList<CitationItem> Citations(
        SourceLibrary library,
        IReadOnlyList<RecommendationItem> recommendations,
        IReadOnlyList<RiskItem> risks,
        IReadOnlyList<TradeoffItem> tradeoffs,
        IReadOnlyList<NotRecommendedItem> notRecommended,
        IReadOnlyList<FactRef> assumptions)
    {
        var cited = recommendations.SelectMany(r => r.Sources
                .Concat(r.Option.Pros.Concat(r.Option.Cons).SelectMany(p => p.Sources)))
            .Concat(risks.SelectMany(r => r.Rule.Sources))
            .Concat(tradeoffs.SelectMany(t => t.Rule.Sources.Concat(t.Sides.SelectMany(s => s.Sources))))
            .Concat(notRecommended.SelectMany(n => n.Option.Pros.Concat(n.Option.Cons).SelectMany(p => p.Sources)))
            .Concat(assumptions.SelectMany(a => a.Sources))
            .ToHashSet(StringComparer.Ordinal);
        return library.Sources
            .SelectMany(s => s.Claims.Select(c => (Source: s, Claim: c)))
            .Where(x => cited.Contains(x.Claim.Id))
            .Select(x => new CitationItem(x.Claim.Id, x.Source.Publisher, x.Source.Author, x.Source.Title, x.Source.Date,
                x.Claim.Section ?? string.Empty, x.Claim.Paragraph ?? 0, x.Claim.Text))
            .ToArray();
    }

    private static RuleFiring Firing(AdviceRun run, FactDescriber describer, object conclusion, string because) =>
        run.DerivationOf(conclusion) is { } derivation
            ? describer.Firing(derivation, because)
            : throw new InvalidOperationException("The run was not traced; reports need provenance.");

    private static string Title(AdviceRun run, object conclusion) =>
        run.DerivationOf(conclusion) is { } d && RuleBase.SpecOf(d.Rule) is { } rule ? rule.Title : string.Empty;

    private static OptionInfo OptionInfoOf(OptionSpec? option, string id) => option is null
        ? new OptionInfo(id, id, [], string.Empty, [], [])
        : new OptionInfo(option.Id, option.Title, option.Actors, option.Summary,
            option.Pros.Select(p => new SourcedText(p.Text, p.Sources)).ToArray(),
            option.Cons.Select(p => new SourcedText(p.Text, p.Sources)).ToArray());

    private static int IndexOf(OptionCatalog catalog, string id)
    {
        var index = catalog.Options.ToList().FindIndex(o => o.Id == id);
        return index < 0 ? int.MaxValue : index;
    }
}
