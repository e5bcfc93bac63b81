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
        Assert.Contains("## Annex: robustness across futures", run.Output, StringComparison.Ordinal);
        Assert.Contains("Across 4 sampled futures (full-factorial)", run.Output, StringComparison.Ordinal);
        Assert.Contains("The futures leave out the present state of referendum.outcome (pending)", run.Output, StringComparison.Ordinal);
        Assert.Contains("| referendum outcome becomes passed | roughly even chance | Sign now and ratify later | Hold out for a ratified accord |", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Memo_WithoutSweep_HasNoRobustnessSection()
    {
        // Act
        var run = TinyFixture.Run("memo");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("robustness", run.Output, StringComparison.OrdinalIgnoreCase);
    }
}
