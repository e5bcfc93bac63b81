using System.Globalization;
using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// The budgets a report is built within, so that no situation makes report building run for minutes or a memo
/// grow without bound. Each refusal is a whole-file diagnostic on the situation (exit 3 in the CLI).
/// </summary>
public static class ReportBudget
{
    /// <summary>
    /// The most single-field changes the signpost search tries. Each is a change of the live session and back,
    /// whose cost grows with the facts of that type, so the search is linear in facts only while this is fixed.
    /// Shipped situations offer a few dozen.
    /// </summary>
    public const int MaxSignpostChanges = 1_000;

    /// <summary>
    /// The most entries a report may hold: rule firings, the facts each lists, assumptions, reasons for options
    /// not recommended, risks, trade-offs, signposts and citations. Below the templates' loop limit (100,000),
    /// so a large report is refused here, with a reason, rather than by a template loop.
    /// </summary>
    public const int MaxEntries = 50_000;

    /// <summary>Refuses (PA0516) a situation that offers more single changes than the signpost search may try.</summary>
    /// <exception cref="ReportBudgetException">The situation offers more than <see cref="MaxSignpostChanges"/>.</exception>
    public static void CheckSignposts(SensitivityAnalysis analysis, Situation situation)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(situation);
        var changes = analysis.Changes(situation).Take(MaxSignpostChanges + 1).Count();
        if (changes > MaxSignpostChanges)
        {
            throw new ReportBudgetException(new Diagnostic(
                DiagnosticSeverity.Error,
                AdviceCodes.SignpostBudget,
                Invariant($"the situation offers more than {MaxSignpostChanges:N0} single changes (true/false fields and uncertain values) to try for signposts, the budget; mark only what may change as uncertain, or run 'memo --sweep', whose signposts come from the uncertain fields"),
                situation.File,
                0,
                0));
        }
    }

    /// <summary>Refuses (PA0517) a report with more entries than <see cref="MaxEntries"/>.</summary>
    /// <exception cref="ReportBudgetException">The report is too large.</exception>
    public static void CheckSize(AdviceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entries = Entries(report);
        if (entries > MaxEntries)
        {
            throw new ReportBudgetException(new Diagnostic(
                DiagnosticSeverity.Error,
                AdviceCodes.ReportBudget,
                Invariant($"the report would hold {entries:N0} entries (rule firings, the facts they matched, assumptions, reasons); the budget is {MaxEntries:N0}: state fewer facts, or make the rules conclude over fewer of them"),
                report.Situation.File,
                0,
                0));
        }
    }

    /// <summary>The number of entries <see cref="CheckSize"/> counts.</summary>
    public static long Entries(AdviceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        static long Firing(RuleFiring f) => 1 + f.Facts.Count;
        return report.Recommendations.Sum(r => r.Rules.Sum(Firing) + r.Assessments.Sum(Firing) + r.Risks.Count)
            + report.Risks.Sum(r => Firing(r.Rule))
            + report.Tradeoffs.Sum(t => Firing(t.Rule))
            + report.NotRecommended.Sum(n => 1 + n.Reasons.Count)
            + report.Assumptions.Count
            + report.Signposts.Count
            + report.Decisions.Sum(d => d.Course.Count + d.Considered.Count)
            + report.Stale.Count
            + report.Sources.Sum(s => 1 + s.Claims.Count);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
