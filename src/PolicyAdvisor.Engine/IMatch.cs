namespace PolicyAdvisor.Engine;

/// <summary>The facts bound by an activation, by binding name, in declaration order.</summary>
public interface IMatch
{
    /// <summary>Binding names in declaration order (patterns and collects; not/exists bind nothing).</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>The fact (or collection) bound to <paramref name="name"/>.</summary>
    object this[string name] { get; }

    /// <summary>The matched facts in declaration order, collections flattened.</summary>
    IReadOnlyList<object> Facts { get; }
}
