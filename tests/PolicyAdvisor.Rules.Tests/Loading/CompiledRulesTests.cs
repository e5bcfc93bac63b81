using NRules;
using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Loading;

public sealed class CompiledRulesTests
{
    private readonly RuleBase _rules = RuleBaseLoader.Load(Fixtures.GoodRules, Fixtures.GoodSources, out _);

    [Fact]
    public void Fire_BaselineFacts_RecommendsWithRenderedRationale()
    {
        var session = Run();

        var recommendation = Assert.Single(_rules.Conclusions.Recommendations(session.Query<object>()));
        Assert.Equal(("sign-now", "strong", "sign-while-demand-stands"), (recommendation.Option, recommendation.Strength, recommendation.RuleId));
        Assert.Equal("Azerbaijan will not sign while the constitution demand stands", recommendation.Because);
        Assert.Equal("sign-while-demand-stands(agreement,baku)", recommendation.FactId);
    }

    [Fact]
    public void Fire_BaselineFacts_AssertsDerivedFactAndChainsRiskAndTradeoff()
    {
        var session = Run();

        var window = Assert.Single(_rules.Conclusions.Derived(session.Query<object>()));
        Assert.Equal("2 open demands as of 2026-02-15", _rules.Schema.FieldValue(window, "reason"));
        var risk = Assert.Single(_rules.Conclusions.Risks(session.Query<object>()));
        Assert.Equal(("spoiler-delay", "high", "2 open demands as of 2026-02-15"), (risk.Risk, risk.Severity, risk.Because));
        Assert.Equal(["wait-for-ratification"], risk.Against);
        var tradeoff = Assert.Single(_rules.Conclusions.Tradeoffs(session.Query<object>()));
        Assert.Equal(["sign-now", "wait-for-ratification"], tradeoff.Sides.Select(s => s.Option));
    }

    [Fact]
    public void Update_DemandMet_RetractsLinkedConclusions()
    {
        var facts = new FixtureFacts(_rules.Schema);
        var session = Run();

        session.Update(_rules.Schema.WithField(facts.Precondition("baku", "Azerbaijan", "constitution", false), "met", true));
        session.Fire();

        Assert.Empty(_rules.Conclusions.Recommendations(session.Query<object>()));
        Assert.Empty(_rules.Conclusions.Derived(session.Query<object>()));
        Assert.Empty(_rules.Conclusions.Risks(session.Query<object>()));
    }

    [Fact]
    public void Fire_AgreementSignedBeforeAsOf_NotPremiseBlocksTheAssessment()
    {
        var facts = new FixtureFacts(_rules.Schema);
        var session = Run(facts.Agreement("signed", "2026-01-10"));

        Assert.Empty(_rules.Conclusions.Derived(session.Query<object>()));
    }

    private ISession Run(object? agreement = null)
    {
        var facts = new FixtureFacts(_rules.Schema);
        var session = _rules.SessionFactory!.CreateSession();
        session.InsertAll(new object[]
        {
            facts.Situation(),
            agreement ?? facts.Agreement("initialled"),
            facts.Precondition("baku", "Azerbaijan", "constitution", false),
            facts.Precondition("yerevan", "Armenia", "border", false),
        });
        session.Fire();
        return session;
    }
}
