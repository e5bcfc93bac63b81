using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Commands;

public sealed class SweepBudgetTests
{
    [Theory]
    [InlineData("1000001")]
    [InlineData("1000000000000")]
    [InlineData("9223372036854775807")]
    public void Sweep_SamplesBeyondTheBudget_UsageErrorOnOneLine(string samples)
    {
        var run = TinyFixture.Run("sweep", "--samples", samples);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("policy-advisor: --samples must be between 1 and 1,000,000 (the sample budget)", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Sweep_SamplesThatOverflowALong_UsageError()
    {
        var run = TinyFixture.Run("sweep", "--samples", "99999999999999999999");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }
}
