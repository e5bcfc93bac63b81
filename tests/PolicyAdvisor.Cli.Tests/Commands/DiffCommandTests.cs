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
    public void Diff_TwoIdenticalRulesFoldersOverAllSituations_ExitsZero()
    {
        // Arrange
        using var copy = TinyFixture.CopyRules();

        // Act
        var run = TinyFixture.Run("diff", "--rules-a", TinyFixture.Rules, "--rules-b", copy.Folder);

        // Assert
        Assert.Equal(0, run.ExitCode);
        var text = run.Output.ReplaceLineEndings("\n");
        Assert.Contains("baseline.yaml: no change\n", text, StringComparison.Ordinal);
        Assert.Contains("vote-passed.yaml: no change\n", text, StringComparison.Ordinal);
        Assert.Contains("wide.yaml: no change\n", text, StringComparison.Ordinal);
        Assert.EndsWith("0 of 3 situation(s) changed.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_OneRuleEditOverAllSituations_ExitsOneListingEachSituationsChanges()
    {
        // Arrange
        using var copy = TinyFixture.CopyRules();
        copy.Edit("tiny.rules.yaml", "recommend: plan-b\n      strength: strong", "recommend: plan-b\n      strength: weak");

        // Act
        var run = TinyFixture.Run("diff", "--rules-a", TinyFixture.Rules, "--rules-b", copy.Folder);

        // Assert
        Assert.Equal(1, run.ExitCode);
        var text = run.Output.ReplaceLineEndings("\n");
        Assert.Contains("baseline.yaml:\n  Options changed in strength:\n    - plan-b (strong -> weak)", text, StringComparison.Ordinal);
        Assert.Contains("vote-passed.yaml: no change\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_PositionalRulesFolders_RunsEverySituationLikeTheOptions()
    {
        // Arrange
        using var copy = TinyFixture.CopyRules();
        copy.Edit("tiny.rules.yaml", "recommend: plan-b\n      strength: strong", "recommend: plan-b\n      strength: weak");

        // Act
        var positional = TinyFixture.Run("diff", TinyFixture.Rules, copy.Folder);
        var options = TinyFixture.Run("diff", "--rules-a", TinyFixture.Rules, "--rules-b", copy.Folder);

        // Assert
        Assert.Equal(1, positional.ExitCode);
        Assert.Equal(options.Output, positional.Output);
    }

    [Fact]
    public void Diff_AllSituationsAsJson_GivesEachSituationAndTheOverallVerdict()
    {
        // Arrange
        using var copy = TinyFixture.CopyRules();
        copy.Edit("tiny.rules.yaml", "recommend: plan-b\n      strength: strong", "recommend: plan-b\n      strength: weak");

        // Act
        var run = TinyFixture.Run("diff", "--rules-a", TinyFixture.Rules, "--rules-b", copy.Folder, "--format", "json");

        // Assert
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("changed").GetBoolean());
        var situations = root.GetProperty("situations").EnumerateArray().ToArray();
        Assert.Equal(3, situations.Length);
        var baseline = Assert.Single(situations, s => s.GetProperty("situation").GetString()!.EndsWith("baseline.yaml", StringComparison.Ordinal));
        var change = Assert.Single(baseline.GetProperty("changes").EnumerateArray());
        Assert.Equal(("changed", "plan-b", "strong", "weak"), (change.GetProperty("change").GetString(), change.GetProperty("id").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
    }

    [Fact]
    public void Diff_ExtraSituationsFolder_RunsThemToo()
    {
        // Arrange
        using var copy = TinyFixture.CopyRules();
        var extra = Directory.CreateTempSubdirectory("pa-situations-").FullName;
        File.Copy(Path.Combine(TinyFixture.Seeds, "situations", "baseline.yaml"), Path.Combine(extra, "my-case.yaml"));

        // Act
        var run = TinyFixture.Run("diff", "--rules-a", TinyFixture.Rules, "--rules-b", copy.Folder, "--situations", extra);
        Directory.Delete(extra, recursive: true);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("my-case.yaml: no change", run.Output, StringComparison.Ordinal);
        Assert.Contains("0 of 4 situation(s) changed.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_SameSituationTwice_ExitsZero()
    {
        // Act
        var run = TinyFixture.Run("diff", "baseline", "baseline");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No change in the advice.", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Diff_RuleEditChangesStrength_OneSituation_ExitsOneReportingTheChange()
    {
        // Arrange
        using var copy = TinyFixture.CopyRules();
        copy.Edit("tiny.rules.yaml", "recommend: plan-b\n      strength: strong", "recommend: plan-b\n      strength: weak");

        // Act
        var run = TinyFixture.Run("diff", "baseline", "--rules-a", TinyFixture.Rules, "--rules-b", copy.Folder);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Options changed in strength:\n  - plan-b (strong -> weak)", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_ShippedBaselineFileAgainstItself_ExitsZero()
    {
        // Act
        var run = CliHarness.Run("diff", "seeds/situations/baseline.yaml", "seeds/situations/baseline.yaml");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No change in the advice.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_RuleFolderAgainstASituation_IsUsageError()
    {
        // Act
        var run = TinyFixture.Run("diff", TinyFixture.Rules, "baseline");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder", run.Error, StringComparison.Ordinal);
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
