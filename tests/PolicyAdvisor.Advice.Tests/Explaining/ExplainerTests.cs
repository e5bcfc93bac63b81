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

        var verdict = new Explainer(run).WhyNot("sign-now");

        Assert.False(verdict.IsRecommended);
        var failure = Assert.Single(verdict.NotDrawnBy);
        Assert.Equal("not Referendum where passed", failure.Premise);
        Assert.Equal("but referendum: passed=true", failure.Detail);
    }

    [Fact]
    public void WhyNot_MissingFact_SaysNoSuchFact()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));
        run.Retract("election");

        var failure = Assert.Single(new Explainer(run).WhyNot("media-support").NotDrawnBy);

        Assert.Equal("election: Election where date > now.as_of", failure.Premise);
        Assert.Equal("no Election fact in the situation", failure.Detail);
    }

    [Fact]
    public void WhyNot_RecommendedOption_SaysRecommendedByTheRuleAndItsFacts()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));

        var verdict = new Explainer(run).WhyNot("sign-now");

        Assert.True(verdict.IsRecommended);
        Assert.Empty(verdict.NotDrawnBy);
        var drawing = Assert.Single(verdict.DrawnBy);
        Assert.Equal("sign-while-blocked", drawing.RuleId);
        Assert.Equal("strong", drawing.Strength);
        Assert.Equal(["SignatureBlocked"], drawing.Facts.Select(f => f.Type));
    }

    [Fact]
    public void WhyNot_OptionDrawnByOneOfTwoRules_IsRecommendedAndNamesTheRuleThatDidNotFire()
    {
        // Arrange: a second rule recommends sign-now only after the vote passed, which it has not in 'base'.
        using var folder = Mini.WithExtraRules("""
            rules:
              - id: sign-after-vote
                kind: option
                title: Sign once the referendum passed
                when:
                  - referendum: Referendum
                    where: passed
                then:
                  recommend: sign-now
                  strength: weak
                  because: "The vote passed"
                sources: [mini#2]
            """);
        var knowledge = folder.Load();
        var run = knowledge.Advisor.Run(Mini.Situation(knowledge, "base"));

        // Act
        var verdict = new Explainer(run).WhyNot("sign-now");

        // Assert
        Assert.True(verdict.IsRecommended);
        Assert.Equal("sign-while-blocked", Assert.Single(verdict.DrawnBy).RuleId);
        var other = Assert.Single(verdict.NotDrawnBy);
        Assert.Equal("sign-after-vote", other.RuleId);
        Assert.Equal("referendum: Referendum where passed", other.Premise);
        Assert.Equal("referendum: passed=false", other.Detail);
    }

    [Fact]
    public void WhyNot_OptionNoRuleRecommends_HasNoRules()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));

        var verdict = new Explainer(run).WhyNot("no-such-option");

        Assert.False(verdict.HasRules);
        Assert.False(verdict.IsRecommended);
    }
}
