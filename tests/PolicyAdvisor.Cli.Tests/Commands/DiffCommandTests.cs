using System.Text.Json;
using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Commands;

public sealed class DiffCommandTests
{
    [Fact]
    public void Diff_TwoSituationsThatDiffer_ExitsOneAndNamesTheRules()
    {
        // Act
        var run = TinyFixture.Run("diff", "baseline", "vote-passed");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Options gained:\n  - ratified (moderate): Hold out for a ratified accord [rules: ratify-after-vote]", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Options lost:\n  - plan-b (strong)", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_SameSituationUnderIdenticalRules_ExitsZero()
    {
        // Arrange
        using var copy = TinyFixture.CopyRules();

        // Act
        var run = TinyFixture.Run("diff", "--rules-a", TinyFixture.Rules, "--rules-b", copy.Folder);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No change in the advice.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_RuleEditChangesStrength_ExitsOneReportingTheChange()
    {
        // Arrange
        using var copy = TinyFixture.CopyRules();
        copy.Edit("tiny.rules.yaml", "recommend: plan-b\n      strength: strong", "recommend: plan-b\n      strength: weak");

        // Act
        var run = TinyFixture.Run("diff", "--rules-a", TinyFixture.Rules, "--rules-b", copy.Folder);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Options changed in strength:\n  - plan-b (strong -> weak)", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_NothingToCompare_IsUsageError()
    {
        // Act
        var run = TinyFixture.Run("diff", "baseline");

        // Assert
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Diff_UnknownSituation_IsUsageError()
    {
        // Act
        var run = TinyFixture.Run("diff", "baseline", "no-such-situation");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-situation", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_FormatJson_NamesBothSidesAndKeepsTheExitCode()
    {
        // Act
        var run = TinyFixture.Run("diff", "baseline", "vote-passed", "--format", "json");

        // Assert
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("diff", root.GetProperty("command").GetString());
        Assert.EndsWith("baseline.yaml", root.GetProperty("a").GetProperty("situation").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("vote-passed.yaml", root.GetProperty("b").GetProperty("situation").GetString(), StringComparison.Ordinal);
        var changes = root.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("change").GetString(), c.GetProperty("id").GetString())).ToArray();
        Assert.Contains(("added", "ratified"), changes);
        Assert.Contains(("removed", "plan-b"), changes);
        Assert.True(Array.IndexOf(changes, ("added", "ratified")) < Array.IndexOf(changes, ("removed", "plan-b")), "gained options come first, as in the text");
    }

    [Fact]
    public void Diff_UnknownFormat_IsUsageError()
    {
        // Act
        var run = TinyFixture.Run("diff", "baseline", "vote-passed", "--format", "yaml");

        // Assert
        Assert.Equal(2, run.ExitCode);
    }
}
