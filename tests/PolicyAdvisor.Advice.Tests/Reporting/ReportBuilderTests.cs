using PolicyAdvisor.Advice.Reporting;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Tests.Support;

namespace PolicyAdvisor.Advice.Tests.Reporting;

public sealed class ReportBuilderTests
{
    private readonly KnowledgeBase _knowledge = Mini.Load();

    private AdviceReport Build(string situation, DateTime? asOf = null)
    {
        var chosen = Mini.Situation(_knowledge, situation);
        var run = _knowledge.Advisor.Run(chosen, asOf);
        return new ReportBuilder(_knowledge.Advisor, p => Path.GetFileName(p)).Build(run, _knowledge.Fingerprint(chosen, run.AsOf));
    }

    [Fact]
    public void Build_Recommendation_TracesRuleFileLineFactsAndAssessments()
    {
        var report = Build("base");

        var sign = report.Recommendations.Single(r => r.Option.Id == "sign-now");
        var rule = Assert.Single(sign.Rules);
        Assert.Equal(("sign-while-blocked", "mini.rules.yaml", 15), (rule.RuleId, rule.File, rule.Line));
        Assert.Equal("SignatureBlocked", Assert.Single(rule.Facts).Type);
        var assessment = Assert.Single(sign.Assessments);
        Assert.Equal("blocked-while-initialled", assessment.RuleId);
        Assert.Equal("The text is initialled", assessment.Rationale);
        Assert.Equal("high", sign.Confidence);
        Assert.Equal("strong", sign.Strength);
        Assert.Equal(["mini#1"], sign.Sources);
    }

    [Fact]
    public void Build_RiskAgainstAnOption_IsAttachedToThatOption()
    {
        var report = Build("base");

        var risk = Assert.Single(report.Risks);
        Assert.Equal(("old-framework", "moderate"), (risk.Id, risk.Severity));
        Assert.Same(risk, Assert.Single(report.Recommendations.Single(r => r.Option.Id == "sign-now").Risks));
    }

    [Fact]
    public void Build_OptionNotRecommended_NamesTheFailedPremiseAndTheBlockingFact()
    {
        var report = Build("passed");

        var item = Assert.Single(report.NotRecommended);
        Assert.Equal("sign-now", item.Option.Id);
        var reason = Assert.Single(item.Reasons);
        Assert.Equal("sign-while-blocked", reason.RuleId);
        Assert.Equal("not Referendum where passed", reason.Premise);
        Assert.Equal("but referendum: passed=true", reason.Detail);
        Assert.Equal(21, reason.Line);
    }

    [Fact]
    public void Build_Assumptions_AreTheSituationFactsTheAdviceRestsOn_InFileOrder()
    {
        var report = Build("base");

        Assert.Equal(["agreement", "election"], report.Assumptions.Select(a => a.Id));
        Assert.Equal(("base.yaml", 5, "high"), (report.Assumptions[0].File, report.Assumptions[0].Line, report.Assumptions[0].Confidence));
    }

    [Fact]
    public void Build_Signposts_NameTheFactChangeThatFlipsAnOption()
    {
        var report = Build("base");

        Assert.Contains(report.Signposts, s => s.Lost.Contains("sign-now") && s.FactId == "referendum" && s.Field == "passed" && s.Value == "true");
        // Enum fields describe what a fact is (its subject, who demands it) unless marked uncertain: no signposts.
        Assert.DoesNotContain(report.Signposts, s => s.FactId == "agreement");
    }

    [Fact]
    public void Build_Citations_CoverEveryCitedClaimWithItsBibliography()
    {
        var report = Build("base");

        var source = Assert.Single(report.Sources);
        Assert.Equal(["mini#1", "mini#2", "mini#3"], source.Claims.Select(c => c.ClaimId));
        Assert.Equal(("Test Press", "A. Tester"), (source.Publisher, source.Author));
        Assert.All(source.Claims, c => Assert.Equal("introduction", c.Section));
    }

    [Fact]
    public void Fingerprint_SameInputs_SameValue_DifferentAsOf_DifferentValue()
    {
        var situation = Mini.Situation(_knowledge, "base");

        var first = _knowledge.Fingerprint(situation, situation.AsOf);
        var again = _knowledge.Fingerprint(situation, situation.AsOf);
        var later = _knowledge.Fingerprint(situation, situation.AsOf.AddDays(1));

        Assert.Equal(first.Value, again.Value);
        Assert.NotEqual(first.Value, later.Value);
        Assert.Contains("rules/mini.rules.yaml", first.Inputs);
    }
}
