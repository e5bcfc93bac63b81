namespace PolicyAdvisor.Engine;

/// <summary>Holds when at least one fact matches <see cref="Pattern"/> given the facts bound so far; binds nothing.</summary>
public sealed class ExistsElement : RuleElement
{
    /// <summary>Creates an existential quantifier over a pattern.</summary>
    public ExistsElement(PatternElement pattern) => Pattern = pattern ?? throw new ArgumentNullException(nameof(pattern));

    /// <summary>The pattern that must match at least once; its name is visible only to its own conditions.</summary>
    public PatternElement Pattern { get; }
}
