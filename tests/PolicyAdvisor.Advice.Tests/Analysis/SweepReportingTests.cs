using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Reporting;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Tests.Support;

namespace PolicyAdvisor.Advice.Tests.Analysis;

public sealed class SweepReportingTests
{
    private static readonly KnowledgeBase Knowledge = TinyWorld.Load();

    [Fact]
    public void Summary_FullFactorial_CarriesMethodScenariosAndShares()
    {
        // Arrange
        var result = new Sweep(Knowledge.Advisor).Run(TinyWorld.Situation(Knowledge));

        // Act
        var summary = SweepReporting.Summary(result);

        // Assert
        Assert.Equal(("full-factorial", 4L), (summary.Method, summary.Scenarios));
        Assert.Equal(["plan-b", "ratified", "hedge"], summary.Options.Select(o => o.OptionId));
        Assert.Equal(0.3375, summary.Options[0].RecommendedShare, 12);
    }

    [Fact]
    public void Signposts_SingleChange_WatchesThatFieldForThatValue()
    {
        // Arrange
        var result = new Sweep(Knowledge.Advisor).Run(TinyWorld.Situation(Knowledge));

        var situation = TinyWorld.Situation(Knowledge);
        var report = new ReportBuilder(Knowledge.Advisor).Build(Knowledge.Advisor.Run(situation), Knowledge.Fingerprint(situation, situation.AsOf), signposts: false);

        // Act
        var items = SweepReporting.Signposts(result, report, situation);

        // Assert: the ratified box (vote passed) repeats the single-change signpost, so it is not listed twice.
        Assert.Contains(items, i => i.Lost.Contains("plan-b") && (i.FactId, i.Field, i.Value) == ("referendum", "outcome", "passed"));
        Assert.Single(items, i => i.Lost.Contains("ratified") || i.Gained.Contains("ratified"));
    }
}
