namespace PolicyAdvisor.Engine;

/// <summary>
/// Matches facts of <see cref="FactType"/> (or a subtype) that satisfy every condition, and binds the
/// matching fact to <see cref="Name"/> for later elements, conditions and the action.
/// </summary>
public sealed class PatternElement : RuleElement
{
    /// <summary>Creates a pattern.</summary>
    /// <param name="name">Binding name of the matched fact; unique within the rule.</param>
    /// <param name="factType">Runtime type of facts the pattern matches.</param>
    /// <param name="conditions">Conditions on the candidate fact and, for joins, on facts bound earlier.</param>
    public PatternElement(string name, Type factType, IReadOnlyList<ConditionElement>? conditions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factType);
        Name = name;
        FactType = factType;
        Conditions = conditions ?? [];
    }

    /// <summary>Binding name of the matched fact.</summary>
    public string Name { get; }

    /// <summary>Type of facts the pattern matches.</summary>
    public Type FactType { get; }

    /// <summary>Conditions, all of which must hold.</summary>
    public IReadOnlyList<ConditionElement> Conditions { get; }
}
