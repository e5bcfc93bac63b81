using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Loading;

public sealed class PremiseSpecTests
{
    private readonly RuleBase _rules = RuleBaseLoader.Load(Fixtures.GoodRules, Fixtures.GoodSources, out _);

    [Fact]
    public void Premises_FixtureRule_DescribeKindBindingTypeAndText()
    {
        var rule = _rules.FindRule("window-narrowing")!;

        Assert.Equal(
            [(PremiseKind.Pattern, "now", "Situation"), (PremiseKind.Collect, "open_demands", "Precondition"), (PremiseKind.Not, null, "Agreement")],
            rule.Premises.Select(p => (p.Kind, p.Binding, p.TypeName)));
        Assert.Equal("count >= 2", rule.Premises[1].Having);
        Assert.Equal(["status == \"signed\" && signed_on <= now.as_of"], rule.Premises[2].Where);
    }

    [Fact]
    public void Matches_OutsideTheEngine_UsesEarlierBindings()
    {
        var facts = new FixtureFacts(_rules.Schema);
        var premise = _rules.FindRule("window-narrowing")!.Premises[2];
        var bindings = new Dictionary<string, object> { ["now"] = facts.Situation("2026-02-15") };

        Assert.True(premise.Matches(facts.Agreement("signed", "2026-01-01"), bindings));
        Assert.False(premise.Matches(facts.Agreement("signed", "2026-03-01"), bindings));
        Assert.False(premise.Matches(facts.Agreement("signed", "2026-01-01"), new Dictionary<string, object>()));
    }

    [Fact]
    public void HavingHolds_Collection_ComparesItsCount()
    {
        var premise = _rules.FindRule("window-narrowing")!.Premises[1];

        Assert.True(premise.HavingHolds(["a", "b"], new Dictionary<string, object>()));
        Assert.False(premise.HavingHolds(["a"], new Dictionary<string, object>()));
    }

    [Fact]
    public void Action_TradeoffRule_CarriesSidesWithSources()
    {
        var action = _rules.FindRule("sign-vs-ratify")!.Action;

        Assert.Equal((ActionKind.Tradeoff, "sign-now-vs-ratified"), (action.Kind, action.Target));
        Assert.Equal(["test-2026#1"], action.Sides[0].Sources);
    }
}
