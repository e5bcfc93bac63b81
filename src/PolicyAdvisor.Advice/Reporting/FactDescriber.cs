using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>Turns runtime facts and firings into the report's reader-facing records.</summary>
internal sealed class FactDescriber(AdviceRun run, Func<string, string> display)
{
    private readonly FactSchema _schema = run.RuleBase.Schema;

    /// <summary>Describes a situation fact, a derived fact or the built-in Situation fact.</summary>
    public FactRef Describe(object fact)
    {
        var fields = _schema.FieldsOf(fact).Select(f => new FieldValue(f.Name, FactValues.Format(f.Value))).ToArray();
        var type = _schema.TypeNameOf(fact);
        var id = _schema.IdOf(fact);
        if (run.SituationFactOf(fact) is { } stated)
        {
            return new FactRef(id, type, fields, stated.Confidence, stated.Sources, display(stated.File), stated.Line, null);
        }

        if (run.DerivationOf(fact)?.Rule is { } rule)
        {
            return new FactRef(id, type, fields, WeakestConfidence(fact), rule.Sources, display(rule.File), rule.Line, rule.Id);
        }

        return new FactRef(id, type, fields, "high", [], display(run.Situation.File), 1, null);
    }

    /// <summary>The weakest confidence among the situation facts beneath <paramref name="fact"/>.</summary>
    public string WeakestConfidence(object fact)
    {
        var leaves = SupportChain.Leaves(run, fact).Select(l => run.SituationFactOf(l)!.Confidence).ToArray();
        return leaves.Length == 0
            ? "high"
            : SituationLoader.Confidences[leaves.Min(c => IndexOf(c))];
    }

    /// <summary>Describes one firing with its rendered rationale.</summary>
    public RuleFiring Firing(Derivation derivation, string rationale)
    {
        var rule = derivation.Rule;
        var facts = derivation.Premises.Select(Describe).ToArray();
        return new RuleFiring(rule.Id, rule.Title, rule.Kind.ToString().ToLowerInvariant(), display(rule.File), rule.Line, rationale, facts, rule.Sources);
    }

    private static int IndexOf(string confidence)
    {
        var index = SituationLoader.Confidences.ToList().IndexOf(confidence);
        return index < 0 ? 0 : index;
    }
}
