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
}
