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

    [Fact]
    public void Summary_PresentStateNoFutureKeeps_NamedPlainly()
    {
        // Arrange: the referendum is pending now, and the situation lists only its resolutions.
        var result = new Sweep(Knowledge.Advisor).Run(TinyWorld.Situation(Knowledge));

        // Act
        var summary = SweepReporting.Summary(result);

        // Assert
        Assert.Equal(["referendum.outcome (pending)"], summary.ExcludedPresent);
    }

    [Fact]
    public void Summary_ShippedBaseline_RecommendedOptionAtZeroPercentSaysWhy()
    {
        // Arrange: framing the charter change as a shared step is advised only while the referendum is pending.
        var shipped = Determinism.ShippedMemo.Load();
        var result = new Sweep(shipped.Knowledge.Advisor).Run(shipped.Baseline);

        // Act
        var summary = SweepReporting.Summary(result);

        // Assert
        var frame = summary.Options.Single(o => o.OptionId == "frame-constitution-as-bilateral-cbm");
        Assert.Equal((true, 0.0), (frame.AdvisedNow, frame.RecommendedShare));
        Assert.Equal("Advised only while referendum outcome is pending; the futures cover only how that resolves, so they leave it out.", frame.Note);
        Assert.All(summary.Options.Where(o => o.AdvisedNow && o.RecommendedShare < 0.0005), o => Assert.NotNull(o.Note));
    }
}
