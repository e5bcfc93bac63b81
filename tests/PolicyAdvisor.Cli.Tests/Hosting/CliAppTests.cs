using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Hosting;

public sealed class CliAppTests
{
    [Fact]
    public void Run_UnknownCommand_ExitsWithUsageCodeAndOneLineError()
    {
        var run = CliHarness.Run("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("frobnicate", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Run_NoCommand_ExitsWithUsageCode()
    {
        var run = CliHarness.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Required command was not provided", run.Error);
        Assert.Contains("--help", run.Error);
    }

    [Fact]
    public void Run_Help_ListsExitCodesAndSucceeds()
    {
        var run = CliHarness.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Exit codes: 0 success", run.Output);
    }
}
