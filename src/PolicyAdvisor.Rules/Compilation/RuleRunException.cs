namespace PolicyAdvisor.Rules;

/// <summary>
/// A run stopped on bad input that only shows when the rules run: a budget passed (<see cref="RunBudgets"/>) or a
/// condition or action that failed. <see cref="Diagnostic"/> points at the rule (or premise) to look at, in the
/// same form as the loader's diagnostics.
/// </summary>
public sealed class RuleRunException : Exception
{
    /// <summary>Creates the exception for <paramref name="diagnostic"/>.</summary>
    public RuleRunException(Diagnostic diagnostic, Exception? inner = null)
        : base(diagnostic?.Message, inner)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Diagnostic = diagnostic;
    }

    /// <summary>What went wrong and where.</summary>
    public Diagnostic Diagnostic { get; }
}
