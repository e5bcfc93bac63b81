using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Tests.Support;

namespace PolicyAdvisor.Advice.Tests.Reporting;

/// <summary>How a decision settles the alternatives the rules advise, and how the memo says so.</summary>
public sealed class DecisionSettlingTests
{
    private static readonly KnowledgeBase Knowledge = Decide.Load();
    private static readonly Lazy<AdviceReport> Report = new(() => Decide.Report(Knowledge));

    private static DecisionItem Decision(string id) => Report.Value.Decisions.Single(d => d.Id == id);

    [Fact]
    public void Build_TwoAlternativesBothFire_RecommendsExactlyOneAndNamesTheOtherAsConsidered()
    {
        // Arrange: sign-now (moderate) and push-now (strong) both fire; the decision prefers sign-now while signature is blocked.
        var decision = Decision("signature");

        // Act
        var leads = decision.Course.Where(c => c.Role == "lead").ToArray();
        var considered = Assert.Single(decision.Considered);

        // Assert
        Assert.Equal("sign-now", Assert.Single(leads).OptionId);
        Assert.Equal(("push-now", true), (considered.OptionId, considered.Advised));
        Assert.Equal("Pushing on today's terms cannot get a signature while it is blocked.", considered.Reason);
        Assert.Equal("not-chosen", Report.Value.Recommendations.Single(r => r.Option.Id == "push-now").Role);
    }

    [Fact]
    public void Render_TwoAlternativesBothFire_MemoRecommendsOneAndSaysWhyTheOtherWasNot()
    {
        var markdown = Decide.Markdown(Report.Value);

        var section = markdown[markdown.IndexOf("### 1. How do we get the treaty signed?", StringComparison.Ordinal)..markdown.IndexOf("### 2.", StringComparison.Ordinal)];
        Assert.Contains("- Push for an immediate signature (`push-now`): not chosen. Pushing on today's terms cannot get a signature while it is blocked.", section, StringComparison.Ordinal);
        Assert.Contains("**Recommended course.** That you sign now and ratify later; then, after the referendum, hold out for ratification.", section, StringComparison.Ordinal);
        Assert.DoesNotContain("push for an immediate signature", section[section.IndexOf("**Recommended course.**", StringComparison.Ordinal)..], StringComparison.OrdinalIgnoreCase);
        Assert.Single(section.Split('\n'), l => l.Contains("Disapprove", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_PreferenceWithThen_OtherAlternativeFollowsAsALaterStep()
    {
        var decision = Decision("signature");

        var later = Assert.Single(decision.Course, c => c.Role == "later");

        Assert.Equal(("ratify-first", "after the referendum"), (later.OptionId, later.When));
    }

    [Fact]
    public void Build_AlternativesTheSourcesDisagreeOn_ShownRatherThanSettled()
    {
        var decision = Decision("route");

        Assert.Equal("unsettled", decision.Status);
        Assert.Equal(["us-route", "eu-route"], decision.Course.Select(c => c.OptionId));
        Assert.All(decision.Course, c => Assert.Equal("either", c.Role));
        Assert.Equal(["us-vs-eu-route"], decision.Tensions);
        Assert.Contains("The sources disagree, so this is shown rather than settled.", Decide.Markdown(Report.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AlternativesWithoutPreferenceOrDisagreement_StrongerCaseLeadsAndTheReasonSaysSo()
    {
        var decision = Decision("media");

        Assert.Equal("fund-media", Assert.Single(decision.Course).OptionId);
        var other = Assert.Single(decision.Considered);
        Assert.Equal(("train-journalists", "Fund media has the stronger case (strong against moderate)."), (other.OptionId, other.Reason));
    }

    [Fact]
    public void Build_SettledTradeoffs_AreMarkedSettled_OpenOnesNot()
    {
        var tradeoff = Assert.Single(Report.Value.Tradeoffs);

        Assert.Equal(("us-vs-eu-route", false, "route"), (tradeoff.Id, tradeoff.Settled, tradeoff.Decision));
    }

    [Fact]
    public void Build_KeyClaims_AtMostThreeFromTheRulesThatDrewTheOption()
    {
        var sign = Report.Value.Recommendations.Single(r => r.Option.Id == "sign-now");

        // The rule cites d#1..d#4; the assessment beneath it adds nothing to the key claims.
        Assert.Equal(["d#1", "d#2", "d#3"], sign.KeyClaims);
        Assert.Contains("d#4", sign.Sources);
    }
}
