using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Advice.Tests.Support;

namespace PolicyAdvisor.Advice.Tests.Reporting;

/// <summary>Likelihoods derived from the situation's own, kept apart from confidence, and what the bottom line picks.</summary>
public sealed class LikelihoodTests
{
    private static readonly KnowledgeBase Knowledge = Decide.Load();
    private static readonly Lazy<AdviceReport> Report = new(() => Decide.Report(Knowledge));

    [Theory]
    [InlineData(0.01, "almost no chance")]
    [InlineData(0.10, "very unlikely")]
    [InlineData(0.325, "unlikely")]
    [InlineData(0.50, "roughly even chance")]
    [InlineData(0.675, "likely")]
    [InlineData(0.90, "very likely")]
    [InlineData(1.00, "almost certain")]
    public void ForShare_EachRange_GivesItsTerm(double share, string term)
    {
        Assert.Equal(term, Likelihood.ForShare(share).Words);
    }

    [Fact]
    public void Build_OptionRestingOnAnUncertainFact_LikelihoodIsTheWeightOfItsFutures()
    {
        // sign-now holds only while the text is initialled (likely, 0.675 of the weight against signed, unlikely).
        var sign = Report.Value.Recommendations.Single(r => r.Option.Id == "sign-now");

        Assert.Equal(("likely", 0.675, "futures"), (sign.Likelihood.Term, sign.Likelihood.Share, sign.Likelihood.Basis));
        Assert.Equal("high", sign.Confidence);
    }

    [Fact]
    public void Build_RiskRealisedByAnUncertainValue_TakesThatValuesLikelihood()
    {
        var risk = Report.Value.Risks.Single(r => r.Id == "referendum-rejection");

        Assert.Equal(("roughly even chance", 0.5, "realised"), (risk.Likelihood.Term, risk.Likelihood.Share, risk.Likelihood.Basis));
        Assert.Equal("referendum.outcome becomes rejected (roughly even chance)", risk.Likelihood.Detail);
    }

    [Fact]
    public void Build_NothingUncertainBeneath_NotAssessedRatherThanGuessed()
    {
        var media = Report.Value.Recommendations.Single(r => r.Option.Id == "fund-media");

        Assert.Equal(("not assessed", null, "not-assessed"), (media.Likelihood.Term, media.Likelihood.Share, media.Likelihood.Basis));
    }

    [Fact]
    public void Build_MainRisk_LikelihoodTimesSeverityThenConfidenceThenRuleOrderNeverId()
    {
        // zeta and alpha are both almost certain and high, with the same confidence: the rule stated first wins,
        // though "alpha" sorts first by id. The referendum risk (an even chance) comes after both.
        var risks = Report.Value.Risks.Select(r => r.Id).ToArray();

        Assert.Equal(["zeta-risk", "alpha-risk", "referendum-rejection"], risks);
        Assert.Equal("zeta-risk", Report.Value.BottomLine.MainRisk);
    }

    [Fact]
    public void Build_NextDatedEvent_CountedFromTheAsOfDateWithWhatLapses()
    {
        var next = Report.Value.BottomLine.NextEvent!;

        Assert.Equal(("The parliamentary election", "2026-03-01", 28), (next.What, next.Date, next.DaysAway));
        Assert.Equal(["fund-media", "train-journalists"], next.Lapses.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_Signposts_MostAdviceFlippedFirst()
    {
        var signposts = Report.Value.Signposts;

        Assert.Equal(Report.Value.Signposts.Select(s => s.Flips).OrderDescending(), signposts.Select(s => s.Flips));
        Assert.All(signposts.Take(3), s => Assert.Equal(1, s.Flips));
        // Equal flips: the likelier change first, so the even-chance referendum outcomes come before the unlikely signature.
        Assert.Equal(
            [("referendum", "passed", "roughly even chance"), ("referendum", "rejected", "roughly even chance"), ("agreement", "signed", "unlikely")],
            signposts.Take(3).Select(s => (s.FactId, s.Value, s.Likelihood)));
    }
}
