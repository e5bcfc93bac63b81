namespace PolicyAdvisor.Rules;

/// <summary>
/// The bounds no run may pass, whatever the rules or the situation say: a rule base that keeps deriving, or a
/// situation too large to reason over, stops with one positioned error instead of exhausting memory or time.
/// The defaults are documented in docs/security.md; a run that passes one fails with a <see cref="RuleRunException"/>.
/// </summary>
public sealed record RunBudgets
{
    /// <summary>The budgets a run gets unless told otherwise.</summary>
    public static RunBudgets Default { get; } = new();

    /// <summary>Rule firings in one run (each what-if change starts a new count). Default 10,000.</summary>
    public int MaxFirings { get; init; } = 10_000;

    /// <summary>Facts in working memory at once: the situation's and every derived one. Default 50,000.</summary>
    public int MaxFacts { get; init; } = 50_000;

    /// <summary>Rule matches (NRules activations) created in one run. Default 100,000.</summary>
    public int MaxMatches { get; init; } = 100_000;

    /// <summary>Characters in any text a rule derives: a conclusion's id, its reason, a derived field. Default 10,000.</summary>
    public int MaxDerivedText { get; init; } = 10_000;
}
