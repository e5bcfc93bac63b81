using System.Linq.Expressions;

namespace PolicyAdvisor.Rules;

/// <summary>A name an expression may use: a fact bound by an earlier pattern, or a collected list.</summary>
/// <param name="Name">Binding name.</param>
/// <param name="Spec">The fact type, or null for a collect binding (a list of facts).</param>
/// <param name="Parameter">The parameter that stands for it in compiled conditions.</param>
internal sealed record ScopeBinding(string Name, FactTypeSpec? Spec, ParameterExpression Parameter);

/// <summary>What an expression can see: the candidate fact (or, in <c>having</c>, the collection) and earlier bindings.</summary>
/// <param name="Candidate">The candidate: the pattern's own fact, or the collected list in <c>having</c>.</param>
/// <param name="Bindings">Bindings made by earlier premises, in order.</param>
/// <param name="Later">Names bound by later premises of the rule, with the line that binds them.</param>
/// <param name="IsHaving">Whether this is a <c>having</c> clause (bare <c>count</c> is the collection's size).</param>
internal sealed record ExpressionScope(ScopeBinding Candidate, IReadOnlyList<ScopeBinding> Bindings, IReadOnlyDictionary<string, int> Later, bool IsHaving)
{
    /// <summary>The binding named <paramref name="name"/> (the candidate included), or null.</summary>
    public ScopeBinding? Find(string name) =>
        string.Equals(Candidate.Name, name, StringComparison.Ordinal) ? Candidate : Bindings.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.Ordinal));
}
