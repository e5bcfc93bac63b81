using System.Text;
using PolicyAdvisor.Advice.Reporting;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Tests.Support;

namespace PolicyAdvisor.Advice.Tests.Reporting;

public sealed class ReportBudgetTests
{
    private readonly KnowledgeBase _knowledge = Mini.Load();

    [Fact]
    public void Build_MoreSingleChangesThanTheSignpostBudget_RefusedOnTheSituationBeforeSearching()
    {
        // Each Referendum has one true/false field: one single change per fact.
        var (situation, diagnostics) = Mini.LoadText(_knowledge, Facts(ReportBudget.MaxSignpostChanges + 1));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var run = _knowledge.Advisor.Run(situation!);

        var error = Assert.Throws<ReportBudgetException>(() => new ReportBuilder(_knowledge.Advisor).Build(run, _knowledge.Fingerprint(situation!, run.AsOf)));

        Assert.Equal((AdviceCodes.SignpostBudget, situation!.File, 0), (error.Diagnostic.Code, error.Diagnostic.File, error.Diagnostic.Line));
        Assert.Contains("more than 1,000 single changes", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AtTheSignpostBudget_Builds()
    {
        var (situation, _) = Mini.LoadText(_knowledge, Facts(ReportBudget.MaxSignpostChanges));
        var run = _knowledge.Advisor.Run(situation!);

        var report = new ReportBuilder(_knowledge.Advisor).Build(run, _knowledge.Fingerprint(situation!, run.AsOf));

        Assert.NotNull(report);
    }

    [Fact]
    public void Build_WithoutSignposts_IgnoresTheSignpostBudget()
    {
        var (situation, _) = Mini.LoadText(_knowledge, Facts(ReportBudget.MaxSignpostChanges + 1));
        var run = _knowledge.Advisor.Run(situation!);

        var report = new ReportBuilder(_knowledge.Advisor).Build(run, _knowledge.Fingerprint(situation!, run.AsOf), signposts: false);

        Assert.Empty(report.Signposts);
    }

    [Fact]
    public void CheckSize_ReportPastTheEntryBudget_Refused()
    {
        var report = Base();
        var padded = report with { Assumptions = Enumerable.Repeat(report.Assumptions[0], ReportBudget.MaxEntries).ToArray() };

        var error = Assert.Throws<ReportBudgetException>(() => ReportBudget.CheckSize(padded));

        Assert.Equal(AdviceCodes.ReportBudget, error.Diagnostic.Code);
        Assert.True(ReportBudget.Entries(padded) > ReportBudget.MaxEntries);
    }

    [Fact]
    public void Entries_BaseReport_CountsFiringsTheirFactsAndEveryList()
    {
        var report = Base();

        var entries = ReportBudget.Entries(report);

        var firings = report.Recommendations.SelectMany(r => r.Rules.Concat(r.Assessments)).Concat(report.Risks.Select(r => r.Rule)).Concat(report.Tradeoffs.Select(t => t.Rule)).ToArray();
        Assert.Equal(
            firings.Length + firings.Sum(f => f.Facts.Count) + report.Recommendations.Sum(r => r.Risks.Count)
                + report.NotRecommended.Sum(n => 1 + n.Reasons.Count) + report.Assumptions.Count + report.Signposts.Count
                + report.Decisions.Sum(d => d.Course.Count + d.Considered.Count) + report.Stale.Count + report.Sources.Sum(s => 1 + s.Claims.Count),
            entries);
    }

    private AdviceReport Base()
    {
        var situation = Mini.Situation(_knowledge, "base");
        var run = _knowledge.Advisor.Run(situation);
        return new ReportBuilder(_knowledge.Advisor).Build(run, _knowledge.Fingerprint(situation, run.AsOf));
    }

    private static string Facts(int count)
    {
        var text = new StringBuilder("title: many\nas_of: 2026-01-01\nfacts:\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("  - { type: Referendum, id: r").Append(i).Append(", fields: { passed: false }, confidence: low }\n");
        }

        return text.ToString();
    }
}
