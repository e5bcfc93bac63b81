using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>A report refused by one of the <see cref="ReportBudget"/> budgets; the diagnostic says which and where.</summary>
public sealed class ReportBudgetException(Diagnostic diagnostic) : Exception(diagnostic?.Message)
{
    /// <summary>The whole-file diagnostic on the situation.</summary>
    public Diagnostic Diagnostic { get; } = diagnostic ?? throw new ArgumentNullException(nameof(diagnostic));
}
