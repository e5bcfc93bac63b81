using NRules.Extensibility;
using NRules.RuleModel;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Running;

/// <summary>
/// Remembers, for every fact an action inserted, the firing that inserted it, so a conclusion can be traced back
/// through derived facts to the situation. It is the session's NRules action interceptor: it lets each firing's
/// actions run, then reads the facts the firing linked to its activation. Facts are keyed by identity (type and
/// id), so a conclusion that a changed match updated points at the firing that updated it.
/// </summary>
internal sealed class ProvenanceRecorder(RuleBase ruleBase, RunEvents events) : IActionInterceptor
{
    private readonly Dictionary<object, Derivation> _byFact = [];
    private int _sequence;

    /// <summary>The firing that inserted <paramref name="fact"/>, or null for a fact the caller inserted.</summary>
    public Derivation? Of(object fact) => _byFact.GetValueOrDefault(FactKeys.Identity(fact));

    public void Intercept(IContext context, IReadOnlyCollection<IActionInvocation> actions)
    {
        foreach (var action in actions)
        {
            action.Invoke();
        }

        if (ruleBase.SpecOf(context.Rule) is not { } rule)
        {
            return;
        }

        var inserted = context.GetLinkedKeys().Select(context.GetLinked).OfType<object>().ToArray();
        var derivation = new Derivation(rule, rule.BindingsOf(context.Match), inserted, ++_sequence);
        foreach (var fact in inserted)
        {
            _byFact[FactKeys.Identity(fact)] = derivation;
        }

        events.OnDerived(derivation);
    }
}
