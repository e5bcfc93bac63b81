using PolicyAdvisor.Advice.Explaining;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Tests.Support;

namespace PolicyAdvisor.Advice.Tests.Explaining;

public sealed class ExplainerTests
{
    private readonly KnowledgeBase _knowledge = Mini.Load();

    [Fact]
    public void Explain_Option_ChainsRuleThroughAssessmentDownToSituationFact()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));

        var tree = Assert.Single(new Explainer(run).Explain("sign-now"));

        var rule = Assert.Single(tree.Children);
        Assert.StartsWith("rule sign-while-blocked", rule.Label);
        var assessment = Assert.Single(rule.Children);
        Assert.StartsWith("SignatureBlocked", assessment.Label);
        var leaf = Assert.Single(Assert.Single(assessment.Children).Children);
        Assert.Equal("fact", leaf.Kind);
        Assert.Equal("Agreement agreement: status=initialled", leaf.Label);
        Assert.Contains("confidence high", leaf.Details[0]);
    }

    [Fact]
    public void WhyNot_OptionBlockedByNegation_ReportsPremiseAndFactValues()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "passed"));

        var failure = Assert.Single(new Explainer(run).WhyNot("sign-now"));

        Assert.Equal("not Referendum where passed", failure.Premise);
        Assert.Equal("but referendum: passed=true", failure.Detail);
    }

    [Fact]
    public void WhyNot_MissingFact_SaysNoSuchFact()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));
        run.Retract("election");

        var failure = Assert.Single(new Explainer(run).WhyNot("media-support"));

        Assert.Equal("election: Election where date > now.as_of", failure.Premise);
        Assert.Equal("no Election fact in the situation", failure.Detail);
    }

    [Fact]
    public void Explain_RecommendedOption_HasNoWhyNot()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));

        Assert.Empty(new Explainer(run).WhyNot("sign-now"));
    }
}
