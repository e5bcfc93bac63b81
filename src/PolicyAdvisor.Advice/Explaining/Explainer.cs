using PolicyAdvisor.Advice.Reporting;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Explaining;

/// <summary>
/// Explains a run: the proof tree behind an option, risk, trade-off or derived fact type, and for an option,
/// whether it is recommended and by which rules, or why not (each rule that could have drawn it and the first
/// premise that failed).
/// </summary>
public sealed class Explainer(AdviceRun run, Func<string, string>? displayPath = null)
{
    private readonly Func<string, string> _display = displayPath ?? (p => p);

    /// <summary>Every id <see cref="Explain"/> accepts: options, risks, trade-offs, derived types and rules.</summary>
    public IReadOnlyList<string> KnownIds()
    {
        var rules = run.RuleBase;
        return rules.Options.Options.Select(o => o.Id)
            .Concat(rules.Rules.Where(r => r.Action.Kind is ActionKind.Risk or ActionKind.Tradeoff or ActionKind.Assert).Select(r => r.Action.Target))
            .Concat(rules.Rules.Select(r => r.Id))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Proof trees for every conclusion about <paramref name="id"/> in the run, in arrival order; empty when none.</summary>
    public IReadOnlyList<ProofNode> Explain(string id)
    {
        var describer = new FactDescriber(run, _display);
        return run.Facts
            .Where(f => run.DerivationOf(f) is { } d && Concerns(f, d, id))
            .Select(f => Node(describer, f, "conclusion", new HashSet<object>(ReferenceEqualityComparer.Instance)))
            .ToArray();
    }

    /// <summary>
    /// Why <paramref name="optionId"/> is or is not recommended: the rules that drew it (with the facts they
    /// matched), and for every other rule that recommends it, the first premise that failed and the fact values
    /// that failed it. An option any one rule draws is recommended, however many other rules did not fire.
    /// </summary>
    public OptionVerdict WhyNot(string optionId)
    {
        ArgumentNullException.ThrowIfNull(optionId);
        var describer = new FactDescriber(run, _display);
        var drawn = run.Recommendations.Where(r => r.Option == optionId).ToArray();
        var drawing = drawn
            .Select(r => (Conclusion: r, Rule: run.RuleBase.FindRule(r.RuleId)))
            .Where(d => d.Rule is not null)
            .GroupBy(d => d.Rule!.Id, StringComparer.Ordinal)
            .Select(g => Drawing(describer, g.First().Rule!, g.Select(d => d.Conclusion).ToArray()))
            .ToArray();
        var search = new PremiseSearch(run);
        var notDrawn = RulesRecommending(optionId)
            .Where(rule => drawn.All(r => r.RuleId != rule.Id))
            .Select(rule => (search.FirstFailure(rule) ?? HeldButSilent(rule)) with { File = _display(rule.File) })
            .ToArray();
        return new OptionVerdict(optionId, drawing, notDrawn);
    }

    /// <summary>Rules whose action recommends <paramref name="optionId"/>, in load order.</summary>
    public IReadOnlyList<RuleSpec> RulesRecommending(string optionId) =>
        run.RuleBase.Rules.Where(r => r.Action.Kind == ActionKind.Recommend && r.Action.Target == optionId).ToArray();

    private OptionDrawing Drawing(FactDescriber describer, RuleSpec rule, IReadOnlyList<RecommendationConclusion> conclusions)
    {
        // A rule may draw the option more than once (one firing per match); every match's facts count, once each.
        var facts = run.FactsOf(BuiltInTypes.Recommendation)
            .Where(f => conclusions.Any(c => c.FactId == run.RuleBase.Schema.IdOf(f)))
            .SelectMany(f => run.DerivationOf(f)?.Premises ?? [])
            .Distinct(ReferenceEqualityComparer.Instance)
            .Select(describer.Describe)
            .ToArray();
        var strength = conclusions.Select(c => c.Strength).OrderBy(s => IndexOf(BuiltInTypes.Strengths, s)).First();
        return new OptionDrawing(rule.Id, _display(rule.File), rule.Line, strength, facts);
    }

    // The search and the session disagree only if a conclusion was withdrawn while its premises still hold;
    // say so rather than claim a premise failed.
    private static FailedPremise HeldButSilent(RuleSpec rule) =>
        new(rule.Id, rule.File, rule.Line, "every premise holds", "yet this rule's recommendation is not in working memory");

    private static int IndexOf(IReadOnlyList<string> order, string value)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == value)
            {
                return i;
            }
        }

        return order.Count;
    }

    private bool Concerns(object fact, Derivation derivation, string id)
    {
        var rule = derivation.Rule;
        return (rule.Id == id || rule.Action.Target == id
            || run.RuleBase.Schema.TypeNameOf(fact) == id);
    }

    private ProofNode Node(FactDescriber describer, object fact, string kind, HashSet<object> path)
    {
        var described = describer.Describe(fact);
        var values = string.Join(", ", described.Fields.Where(f => f.Name is not ("because" or "rule")).Select(f => $"{f.Name}={f.Value}"));
        if (run.DerivationOf(fact) is not { } derivation || !path.Add(fact))
        {
            return new ProofNode("fact", $"{described.Type} {described.Id}: {values}",
                [$"{described.File}:{described.Line}, confidence {described.Confidence}, claims {Claims(described.Sources)}"], []);
        }

        var rule = derivation.Rule;
        var ruleNode = new ProofNode(
            "rule",
            $"rule {rule.Id} ({_display(rule.File)}:{rule.Line})",
            [rule.Title, $"because: {derivation.Because}", $"claims {Claims(rule.Sources)}"],
            derivation.Bindings.SelectMany(b => b.Value is IReadOnlyList<object> list ? list : [b.Value])
                .Select(premise => Node(describer, premise, "derived", path)).ToArray());
        path.Remove(fact);
        return new ProofNode(kind, $"{described.Type} {values}", [$"confidence {described.Confidence}"], [ruleNode]);
    }

    private static string Claims(IReadOnlyList<string> claims) => claims.Count == 0 ? "(none)" : string.Join(", ", claims);
}
