using PolicyAdvisor.Advice.Reporting;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Explaining;

/// <summary>
/// Explains a run: the proof tree behind an option, risk, trade-off or derived fact type, and for an option
/// that was not recommended, why not (each rule that could have recommended it and the premise that failed).
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

    /// <summary>For an option: each rule that recommends it and, if it did not fire, its first failing premise.</summary>
    public IReadOnlyList<FailedPremise> WhyNot(string optionId)
    {
        var search = new PremiseSearch(run);
        return run.RuleBase.Rules
            .Where(r => r.Action.Kind == ActionKind.Recommend && r.Action.Target == optionId)
            .Select(r => search.FirstFailure(r) is { } failure ? failure with { File = _display(failure.File) } : null)
            .OfType<FailedPremise>()
            .ToArray();
    }

    /// <summary>Rules whose action recommends <paramref name="optionId"/>.</summary>
    public IReadOnlyList<RuleSpec> RulesRecommending(string optionId) =>
        run.RuleBase.Rules.Where(r => r.Action.Kind == ActionKind.Recommend && r.Action.Target == optionId).ToArray();

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
