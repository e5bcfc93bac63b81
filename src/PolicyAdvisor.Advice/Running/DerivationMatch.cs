using PolicyAdvisor.Engine;

namespace PolicyAdvisor.Advice.Running;

/// <summary>A recorded firing seen as an engine match, so rule templates can be rendered after the fact.</summary>
internal sealed class DerivationMatch(Derivation derivation) : IMatch
{
    public IReadOnlyList<string> Names { get; } = derivation.Bindings.Select(b => b.Key).ToArray();

    public IReadOnlyList<object> Facts { get; } = derivation.Premises.ToArray();

    public object this[string name] => derivation.Bindings.First(b => b.Key == name).Value;
}
