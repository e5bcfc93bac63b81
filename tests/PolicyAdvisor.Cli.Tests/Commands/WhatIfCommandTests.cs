using System.Text.Json;
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

    [Fact]
    public void WhatIf_FormatJson_ListsEditsAndChangesWithTheirRules()
    {
        // Act
        var run = TinyFixture.Run("whatif", "--retract", "Agreement", "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("whatif", root.GetProperty("command").GetString());
        Assert.Equal("Agreement", root.GetProperty("edits")[0].GetProperty("retract").GetString());
        Assert.True(root.GetProperty("changed").GetBoolean());
        var lost = root.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "plan-b");
        Assert.Equal(("recommendation", "removed", "strong", JsonValueKind.Null), (lost.GetProperty("kind").GetString(), lost.GetProperty("change").GetString(), lost.GetProperty("before").GetString(), lost.GetProperty("after").ValueKind));
        Assert.Equal("Sign now and ratify later", lost.GetProperty("title").GetString());
        Assert.Equal(["plan-b-while-window"], lost.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void WhatIf_FormatJsonTwice_SameBytes()
    {
        // Act
        var first = TinyFixture.Run("whatif", "--set", "election.outcome=opposition-wins", "-f", "json");
        var second = TinyFixture.Run("whatif", "--set", "election.outcome=opposition-wins", "-f", "json");

        // Assert
        Assert.Equal(first.Output, second.Output);
        Assert.Contains("\"kind\": \"risk\"", first.Output, StringComparison.Ordinal);
    }
}
