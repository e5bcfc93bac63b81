using PolicyAdvisor.EndToEnd.Tests.Support;

namespace PolicyAdvisor.EndToEnd.Tests;

public sealed class ExplainEndToEndTests
{
    [Fact]
    public void Explain_PlanB_ShowsRuleFileLineAndSituationFacts()
    {
        var run = CliProcess.Run("explain", "plan-b-signing");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("rule plan-b-sign-without-ratification (rules/options/settlement.rules.yaml:", run.Output);
        Assert.Contains("seeds/situations/baseline.yaml:", run.Output);
        Assert.Contains("confidence", run.Output);
    }

    [Fact]
    public void ExplainWhyNot_PlanBAfterReferendumPasses_NamesFailedPremise()
    {
        var run = CliProcess.Run("explain", "plan-b-signing", "--situation", "referendum-passed", "--why-not");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("is not recommended", run.Output);
        Assert.Contains("failed premise:", run.Output);
    }

    [Fact]
    public void ExplainWhyNot_OptionRecommendedOnBaseline_SaysRecommendedByWhichRule()
    {
        var run = CliProcess.Run("explain", "plan-b-signing", "--why-not");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("plan-b-signing is recommended in 'Baseline, early 2026', by 1 rule: plan-b-sign-without-ratification.", run.Output);
        Assert.DoesNotContain("is not recommended", run.Output);
        Assert.Contains("Other rules that recommend plan-b-signing did not fire:", run.Output);
    }

    [Fact]
    public void Explain_UnknownId_ExitsTwoWithDidYouMean()
    {
        var run = CliProcess.Run("explain", "plan-b-signin");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("did you mean 'plan-b-signing'", run.Error);
    }

    [Fact]
    public void Audit_Baseline_EmitsCompactJsonLinesForFactsFiringsAndConclusions()
    {
        var run = CliProcess.Run("audit");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.StartsWith("{\"@t\":", l));
        Assert.Contains(lines, l => l.Contains("\"RuleId\":\"plan-b-sign-without-ratification\"") && l.Contains("fired on"));
        Assert.Contains(lines, l => l.Contains("\"Kind\":\"recommendation\""));
    }
}
