namespace PolicyAdvisor.Engine;

/// <summary>Holds when no fact matches <see cref="Pattern"/> given the facts bound so far.</summary>
public sealed class NotElement : RuleElement
{
    /// <summary>Creates a negation over a pattern.</summary>
    public NotElement(PatternElement pattern) => Pattern = pattern ?? throw new ArgumentNullException(nameof(pattern));

    /// <summary>The negated pattern; its name is visible only to its own conditions.</summary>
    public PatternElement Pattern { get; }
}
