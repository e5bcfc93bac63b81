using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Output;

/// <summary>Outputs never land on inputs: the whole command line runs in-process in a scratch copy of the knowledge base.</summary>
public sealed class OutputGuardTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("pa-guard-").FullName;

    public OutputGuardTests()
    {
        CopyTree(TinyFixture.Rules, Path.Combine(_work, "rules"));
        CopyTree(TinyFixture.Seeds, Path.Combine(_work, "seeds"));
        File.Copy(Path.Combine(TinyFixture.Seeds, "situations", "baseline.yaml"), Path.Combine(_work, "s.yaml"));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Theory]
    [InlineData("memo --situation s.yaml --out s.yaml", "--out s.yaml")]
    [InlineData("memo --out rules/facts.yaml", "--out rules/facts.yaml")]
    [InlineData("memo --situation s.yaml --log-file s.yaml", "--log-file s.yaml")]
    [InlineData("memo --log-file seeds/situations/baseline.yaml", "--log-file seeds/situations/baseline.yaml")]
    [InlineData("audit --situation s.yaml --out seeds/situations/wide.yaml", "--out seeds/situations/wide.yaml")]
    public void Run_OutputOnAnInput_RefusedWithOneLineAndNothingChanges(string commandLine, string named)
    {
        var before = Snapshot();

        var run = CliHarness.RunIn(_work, commandLine.Split(' '));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal($"policy-advisor: {named}: refused: it is an input of this run; choose another path.", run.Error.TrimEnd('\n'));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Run_OutputThroughALinkToAnInput_Refused()
    {
        File.CreateSymbolicLink(Path.Combine(_work, "memo.md"), Path.Combine(_work, "s.yaml"));

        var run = CliHarness.RunIn(_work, "memo", "--situation", "s.yaml", "--out", "memo.md");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("symbolic link", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameFileForOutAndLog_Refused()
    {
        var run = CliHarness.RunIn(_work, "memo", "--out", "x.md", "--log-file", "x.md");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("another output of this run writes there", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SweepOutOverTheWorkingFolder_RefusedBeforeSweeping()
    {
        var before = Snapshot();

        var run = CliHarness.RunIn(_work, "sweep", "--out", ".");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("an input of this run", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Run_NewOutputBesideTheInputs_Written()
    {
        var run = CliHarness.RunIn(_work, "memo", "--situation", "s.yaml", "--out", "memo.md", "--log-file", "run.log");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.True(File.Exists(Path.Combine(_work, "memo.md")));
    }

    private SortedDictionary<string, string> Snapshot() =>
        new(Directory.EnumerateFiles(_work, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_work, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
