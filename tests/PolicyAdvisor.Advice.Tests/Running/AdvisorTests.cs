using PolicyAdvisor.Advice.Tests.Support;

namespace PolicyAdvisor.Advice.Tests.Running;

public sealed class AdvisorTests
{
    private readonly PolicyAdvisor.Advice.Running.KnowledgeBase _knowledge = Mini.Load();

    [Fact]
    public void Run_InitialledTextAndPendingReferendum_RecommendsSigningThroughTheAssessment()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));

        Assert.Equal(["media-support", "sign-now"], run.RecommendedOptions);
        var recommendation = run.Recommendations.Single(r => r.Option == "sign-now");
        Assert.Equal("sign-while-blocked", recommendation.RuleId);
        Assert.Equal("Blocked: the text is only initialled", recommendation.Because);
    }

    [Fact]
    public void Run_ReferendumPassed_DropsSigningAndTheRiskAgainstIt()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "passed"));

        Assert.DoesNotContain("sign-now", run.RecommendedOptions);
        Assert.Empty(run.Risks);
    }

    [Fact]
    public void Run_AsOfAfterTheElection_TimeBoundAdviceLapses()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"), asOf: new DateTime(2026, 6, 8));

        Assert.DoesNotContain("media-support", run.RecommendedOptions);
    }

    [Fact]
    public void Set_LiveSessionReferendumPasses_RetractsRecommendationAndRiskResting()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));
        Assert.Contains(run.Risks, r => r.Risk == "old-framework");

        run.Set("referendum", "passed", true);

        Assert.DoesNotContain("sign-now", run.RecommendedOptions);
        Assert.Empty(run.Risks);
        Assert.Equal(true, run.Situation.Find("referendum")!.ValueMap["passed"]);
    }

    [Fact]
    public void Retract_TheAgreement_RemovesTheDerivedAssessmentAndEverythingOnIt()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));

        run.Retract("agreement");

        Assert.Empty(run.FactsOf("SignatureBlocked"));
        Assert.Equal(["media-support"], run.RecommendedOptions);
    }

    [Fact]
    public void DerivationOf_Recommendation_NamesRuleAndMatchedFacts()
    {
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));
        var fact = run.FactsOf("Recommendation").Single(f => run.RuleBase.Conclusions.Recommendation(f)!.Option == "sign-now");

        var derivation = run.DerivationOf(fact)!;

        Assert.Equal("sign-while-blocked", derivation.Rule.Id);
        Assert.Equal("SignatureBlocked", run.RuleBase.Schema.TypeNameOf(derivation.Bindings.Single(b => b.Key == "blocked").Value));
    }
}
