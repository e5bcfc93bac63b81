using PolicyAdvisor.Engine;

namespace PolicyAdvisor.Advice.Running;

/// <summary>One firing of a rule: what it matched and what it inserted. The unit of every explanation.</summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Bindings">Matched facts by binding name, in pattern order (a collect binding holds a list).</param>
/// <param name="Inserted">Facts its action inserted.</param>
/// <param name="Sequence">Firing order within the run, from 1.</param>
public sealed record Derivation(
    RuleDefinition Rule,
    IReadOnlyList<KeyValuePair<string, object>> Bindings,
    IReadOnlyList<object> Inserted,
    int Sequence)
{
    /// <summary>The matched facts, collections flattened, in pattern order.</summary>
    public IEnumerable<object> Premises => Bindings.SelectMany(b => b.Value is IReadOnlyList<object> list ? list : [b.Value]);
}
