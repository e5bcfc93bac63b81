using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Loading;

public sealed class RuleBaseLoaderTests
{
    [Fact]
    public void Load_GoodFixture_HasNoErrorsAndCompiles()
    {
        var ruleBase = RuleBaseLoader.Load(Fixtures.GoodRules, Fixtures.GoodSources, out var diagnostics);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.NotNull(ruleBase.SessionFactory);
        Assert.Equal(["sign-while-demand-stands", "window-narrowing", "delay-risk", "sign-vs-ratify"], ruleBase.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Load_GoodFixture_WarnsAboutUnrecommendedOptionAndUncitedClaim()
    {
        RuleBaseLoader.Load(Fixtures.GoodRules, Fixtures.GoodSources, out var diagnostics);

        Assert.Collection(
            diagnostics,
            d => Assert.Equal((DiagnosticCodes.UnusedOption, "no rule recommends option 'wait-for-ratification'", 8, 5), (d.Code, d.Message, d.Line, d.Column)),
            d => Assert.Equal((DiagnosticCodes.UnusedClaim, "claim 'test-2026#3' is cited by no rule, option or situation", 17, 5), (d.Code, d.Message, d.Line, d.Column)));
    }

    [Fact]
    public void Load_ExtraUsedClaims_SilencesTheirWarning()
    {
        RuleBaseLoader.Load(Fixtures.GoodRules, Fixtures.GoodSources, out var diagnostics, new RuleBaseLoadOptions { ExtraUsedClaims = ["test-2026#3"] });

        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.UnusedClaim);
    }

    [Fact]
    public void Load_MissingRulesFolder_ReportsInsteadOfThrowing()
    {
        var ruleBase = RuleBaseLoader.Load(Path.Combine(Fixtures.Root, "nope"), Fixtures.GoodSources, out var diagnostics);

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.FileMissing && d.Message == "rules folder not found");
        Assert.Null(ruleBase.SessionFactory);
    }
}
