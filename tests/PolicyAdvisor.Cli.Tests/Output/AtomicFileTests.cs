using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Output;

namespace PolicyAdvisor.Cli.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pa-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_Succeeds_ReplacesFileAndLeavesNoTemporary()
    {
        var path = Path.Combine(_folder, "memo.md");
        File.WriteAllText(path, "old");

        AtomicFile.Write(path, s => s.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Write_WriterThrows_KeepsPreviousFileIntact()
    {
        var path = Path.Combine(_folder, "memo.md");
        File.WriteAllText(path, "previous memo");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write("half a mem"u8);
            throw new InvalidOperationException("renderer failed");
        }));

        Assert.Equal("previous memo", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Write_MissingFolder_FailsWithOneLineNamingThePath()
    {
        var path = Path.Combine(_folder, "no-such-folder", "memo.md");

        var error = Assert.Throws<CliException>(() => AtomicFile.Write(path, s => s.Write("x"u8)));

        Assert.Equal(ExitCodes.Failure, error.ExitCode);
        Assert.Contains("no-such-folder", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Write_TargetIsASymbolicLink_RefusedAndTheLinkAndItsTargetKept()
    {
        var target = Path.Combine(_folder, "input.yaml");
        File.WriteAllText(target, "an input");
        var link = Path.Combine(_folder, "memo.md");
        File.CreateSymbolicLink(link, target);

        var error = Assert.Throws<CliException>(() => AtomicFile.Write(link, s => s.Write("memo"u8)));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal("an input", File.ReadAllText(target));
    }

    [Fact]
    public void Write_TargetIsAFifo_RefusedSoTheNodeIsNeverReplaced()
    {
        // A FIFO stands for every special node: a test must never risk replacing a real device such as /dev/null.
        var fifo = PolicyAdvisor.Tests.Shared.SpecialFiles.Fifo(Path.Combine(_folder, "memo.md"));

        var error = Assert.Throws<CliException>(() => AtomicFile.Write(fifo, s => s.Write("memo"u8)));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Contains("FIFO", error.Message, StringComparison.Ordinal);
        Assert.Equal(PolicyAdvisor.Rules.FileKind.Fifo, PolicyAdvisor.Rules.FileKinds.Of(fifo));
    }

    [Fact]
    public void Write_LinkPlantedAtTheTemporaryName_IsNotWrittenThrough()
    {
        var victim = Path.Combine(_folder, "victim.txt");
        File.WriteAllText(victim, "keep me");
        var path = Path.Combine(_folder, "memo.md");
        File.CreateSymbolicLink(Path.Combine(_folder, $".memo.md.{Environment.ProcessId}.tmp"), victim);

        AtomicFile.Write(path, s => s.Write("new"u8));

        Assert.Equal(("new", "keep me"), (File.ReadAllText(path), File.ReadAllText(victim)));
    }
}
