using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Commands;

public sealed class MemoCommandTests
{
    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    public void Memo_RunFromAnotherFolderWithTheShippedCopies_SameBytesAndNoAbsolutePath(string format)
    {
        // Arrange: a working folder with no rules/ or seeds/, so the copies beside the tool are used, as when the
        // installed dotnet tool runs from anywhere.
        var elsewhere = Directory.CreateTempSubdirectory("pa-elsewhere-").FullName;

        // Act
        var here = CliHarness.Run("memo", "--format", format);
        var there = CliHarness.RunIn(elsewhere, "memo", "--format", format);
        Directory.Delete(elsewhere, recursive: true);

        // Assert
        Assert.Equal(0, there.ExitCode);
        Assert.DoesNotContain(CliHarness.RepositoryRoot, there.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), there.Output, StringComparison.Ordinal);
        Assert.Contains("rules/options/settlement.rules.yaml", there.Output, StringComparison.Ordinal);
        Assert.Equal(here.Output, there.Output);
    }
}
