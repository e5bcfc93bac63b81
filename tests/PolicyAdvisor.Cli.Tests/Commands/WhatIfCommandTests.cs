using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Commands;

public sealed class WhatIfCommandTests
{
    [Fact]
    public void WhatIf_RetractType_PrintsLostOptionWithItsRuleAndExitsZero()
    {
        // Act
        var run = TinyFixture.Run("whatif", "--retract", "Agreement");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Options lost:\n  - plan-b (strong): Sign now and ratify later [rules: plan-b-while-window]", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Trade-offs removed:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_SetFactField_PrintsGainedOptionAndRaisedRisk()
    {
        // Act
        var run = TinyFixture.Run("whatif", "--set", "election.outcome=opposition-wins");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  - hedge (weak): Hedge against a change of government [rules: hedge-on-opposition]", run.Output, StringComparison.Ordinal);
        Assert.Contains("  - reversal (high): An opposition government with a mandate reverses the signature [rules: opposition-reverses]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_ChangeWithNoEffect_SaysSo()
    {
        // Act
        var run = TinyFixture.Run("whatif", "--set", "Election.outcome=government-wins");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No change in the advice.", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--set", "Election.outcome=landslide", "one of pending, government-wins, opposition-wins")]
    [InlineData("--set", "Election.size=1", "Election has no field 'size'")]
    [InlineData("--retract", "Parliament", "neither a fact type nor a fact id")]
    public void WhatIf_BadChange_IsUsageErrorNamingTheChoices(string option, string value, string expected)
    {
        // Act
        var run = TinyFixture.Run("whatif", option, value);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_NoChangeGiven_IsUsageError()
    {
        // Act
        var run = TinyFixture.Run("whatif");

        // Assert
        Assert.Equal(2, run.ExitCode);
    }
}
