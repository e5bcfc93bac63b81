namespace PolicyAdvisor.Engine;

/// <summary>
/// A production rule: an identity, a priority, a left-hand side of <see cref="RuleElement"/>s matched
/// against working memory, and a right-hand side action run once per activation.
/// </summary>
/// <remarks>
/// Build rules with <see cref="RuleBuilder"/> or construct them directly. Declaration order within the
/// rule set given to <see cref="RuleCompiler.Compile"/> breaks ties between rules of equal priority.
/// </remarks>
public sealed class RuleDefinition
{
    /// <summary>Creates a rule definition.</summary>
    /// <param name="id">Unique identifier of the rule within its rule set.</param>
    /// <param name="lhs">Left-hand side elements, matched in order; later elements may refer to names bound earlier.</param>
    /// <param name="action">Right-hand side, run when the rule fires.</param>
    /// <param name="priority">Salience; higher fires first. Default 0.</param>
    /// <param name="tag">Caller-owned metadata (for instance the rule's source location); the engine never reads it.</param>
    public RuleDefinition(string id, IReadOnlyList<RuleElement> lhs, Action<IContext> action, int priority = 0, object? tag = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(lhs);
        ArgumentNullException.ThrowIfNull(action);
        Id = id;
        Lhs = lhs;
        Action = action;
        Priority = priority;
        Tag = tag;
    }

    /// <summary>Unique identifier of the rule.</summary>
    public string Id { get; }

    /// <summary>Salience: activations of higher-priority rules fire first.</summary>
    public int Priority { get; }

    /// <summary>The left-hand side elements, in declaration order.</summary>
    public IReadOnlyList<RuleElement> Lhs { get; }

    /// <summary>The right-hand side action.</summary>
    public Action<IContext> Action { get; }

    /// <summary>Caller-owned metadata carried through to events; the engine never interprets it.</summary>
    public object? Tag { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
