namespace PolicyAdvisor.Rules;

/// <summary>
/// One premise of a rule, with evaluators usable outside the engine (for "why not": find the first premise no
/// combination of facts satisfies).
/// </summary>
public sealed class PremiseSpec
{
    private readonly IReadOnlyList<CompiledCondition> _where;
    private readonly CompiledCondition? _having;

    internal PremiseSpec(PremiseKind kind, string? binding, string elementName, string typeName, IReadOnlyList<CompiledCondition> where, CompiledCondition? having, int line, int column)
    {
        Kind = kind;
        Binding = binding;
        ElementName = elementName;
        TypeName = typeName;
        _where = where;
        _having = having;
        Line = line;
        Column = column;
    }

    /// <summary>Pattern, not, exists or collect.</summary>
    public PremiseKind Kind { get; }

    /// <summary>The name it binds (pattern: the fact; collect: the list); null for not/exists.</summary>
    public string? Binding { get; }

    /// <summary>The fact type matched.</summary>
    public string TypeName { get; }

    /// <summary>The <c>where</c> conditions as written (all must hold).</summary>
    public IReadOnlyList<string> Where => _where.Select(c => c.Text).ToArray();

    /// <summary>The <c>having</c> condition of a collect, or null.</summary>
    public string? Having => _having?.Text;

    /// <summary>1-based line of the premise.</summary>
    public int Line { get; }

    /// <summary>1-based column of the premise.</summary>
    public int Column { get; }

    /// <summary>The element name used in the engine (the binding, or a generated name for not/exists/collect items).</summary>
    internal string ElementName { get; }

    /// <summary>Compiled where-conditions.</summary>
    internal IReadOnlyList<CompiledCondition> Conditions => _where;

    /// <summary>Compiled having-condition.</summary>
    internal CompiledCondition? HavingCondition => _having;

    /// <summary>
    /// Whether <paramref name="candidate"/> satisfies every <c>where</c> condition, given the facts (or, for a
    /// collect binding, <c>IReadOnlyList&lt;object&gt;</c>) bound by earlier premises, by binding name.
    /// </summary>
    public bool Matches(object candidate, IReadOnlyDictionary<string, object> bindings)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(bindings);
        return _where.All(c => c.Evaluate(candidate, bindings));
    }

    /// <summary>For a collect: whether <c>having</c> holds over <paramref name="collection"/> (true when there is no having).</summary>
    public bool HavingHolds(IReadOnlyList<object> collection, IReadOnlyDictionary<string, object> bindings)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(bindings);
        return _having is null || _having.Evaluate(collection, bindings);
    }
}
