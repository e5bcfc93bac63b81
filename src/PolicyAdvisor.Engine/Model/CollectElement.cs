namespace PolicyAdvisor.Engine;

/// <summary>
/// Collects every fact matching <see cref="Source"/> (given the facts bound so far) into an
/// <see cref="IReadOnlyList{T}"/> of objects, in arrival order, bound to <see cref="Name"/>. The element holds
/// when <see cref="Conditions"/> hold over the collection (an empty collection is a valid match unless a
/// condition refuses it).
/// </summary>
public sealed class CollectElement : RuleElement
{
    /// <summary>Creates a collect element.</summary>
    /// <param name="name">Binding name of the collection (an <c>IReadOnlyList&lt;object&gt;</c>).</param>
    /// <param name="source">Pattern selecting the collected facts.</param>
    /// <param name="conditions">Conditions over the collection (parameter named <paramref name="name"/>) and earlier bindings.</param>
    public CollectElement(string name, PatternElement source, IReadOnlyList<ConditionElement>? conditions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(source);
        Name = name;
        Source = source;
        Conditions = conditions ?? [];
    }

    /// <summary>Binding name of the collection.</summary>
    public string Name { get; }

    /// <summary>Pattern selecting the collected facts.</summary>
    public PatternElement Source { get; }

    /// <summary>Conditions over the collection.</summary>
    public IReadOnlyList<ConditionElement> Conditions { get; }
}
