using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Commands;

/// <summary>A value typed after --set converts exactly as the same value written in a situation file.</summary>
public sealed class WhatIfValueTests
{
    [Theory]
    [InlineData("1e999")]
    [InlineData("-1e999")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void WhatIf_NumberTheLoaderRefuses_UsageErrorOnOneLine(string value)
    {
        var run = CliHarness.Run("whatif", "--set", "Referendum.scheduled_year=" + value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal($"policy-advisor: --set 'Referendum.scheduled_year={value}': '{value}' does not fit Referendum.scheduled_year (a number).", run.Error.TrimEnd('\n'));
    }

    [Fact]
    public void WhatIf_FiniteNumberInExponentForm_Accepted()
    {
        var run = CliHarness.Run("whatif", "--set", "Referendum.scheduled_year=2.028e3");

        Assert.Equal(0, run.ExitCode);
    }
}
