using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Commands;

public sealed class MemoSweepTests
{
    [Fact]
    public void Memo_WithSweep_AddsRobustnessAndTakesSignpostsFromTheSweep()
    {
        // Act
        var run = TinyFixture.Run("memo", "--sweep");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("## Robustness", run.Output, StringComparison.Ordinal);
        Assert.Contains("Across 4 sampled futures (full-factorial)", run.Output, StringComparison.Ordinal);
        Assert.Contains("| referendum.outcome | passed | plan-b | Sign now and ratify later stops being advised if referendum outcome becomes passed |", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Memo_WithoutSweep_HasNoRobustnessSection()
    {
        // Act
        var run = TinyFixture.Run("memo");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("## Robustness", run.Output, StringComparison.Ordinal);
    }
}
