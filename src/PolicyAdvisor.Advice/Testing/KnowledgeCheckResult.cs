using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Testing;

/// <summary>Everything <see cref="KnowledgeCheck"/> loaded, and every problem it found.</summary>
/// <param name="Diagnostics">Errors and warnings, sorted by file and position, without repeats.</param>
/// <param name="RuleBase">The rule base (its valid parts, when it has errors).</param>
/// <param name="Situations">The situations that loaded without errors, in file order.</param>
/// <param name="Tests">The rule tests that loaded without errors, in file order.</param>
public sealed record KnowledgeCheckResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    RuleBase RuleBase,
    IReadOnlyList<Situation> Situations,
    IReadOnlyList<RuleTestCase> Tests)
{
    /// <summary>Number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    /// <summary>Whether anything is an error (warnings are allowed).</summary>
    public bool HasErrors => ErrorCount > 0;
}
