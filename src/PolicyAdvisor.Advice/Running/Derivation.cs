using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Running;

/// <summary>One firing of a rule: what it matched and what it inserted. The unit of every explanation.</summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Bindings">Matched facts by binding name, in premise order (a collect binding holds a list).</param>
/// <param name="Inserted">Facts its action inserted (or, when a changed match fired again, updated).</param>
/// <param name="Sequence">Firing order within the run, from 1. NRules' order: never use it to order output.</param>
public sealed record Derivation(
    RuleSpec Rule,
    IReadOnlyList<KeyValuePair<string, object>> Bindings,
    IReadOnlyList<object> Inserted,
    int Sequence)
{
    /// <summary>The matched facts, collections flattened, in premise order.</summary>
    public IEnumerable<object> Premises => Bindings.SelectMany(b => b.Value is IReadOnlyList<object> list ? list : [b.Value]);

    /// <summary>The rule's <c>because</c> rendered with this firing's bindings.</summary>
    public string Because => Rule.RenderBecause(Bindings.ToDictionary(b => b.Key, b => b.Value, StringComparer.Ordinal));
}
