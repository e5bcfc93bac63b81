using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Output;

namespace PolicyAdvisor.Cli.Tests.Output;

public sealed class AtomicFolderTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("pa-atomic-folder-").FullName;

    private string Target => Path.Combine(_parent, "out");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void Write_NewFolder_HoldsEveryFileAndNothingIsLeftBeside()
    {
        AtomicFolder.Write(Target, [("a.csv", s => s.Write("a"u8)), ("b.csv", s => s.Write("b"u8))]);

        Assert.Equal(["a.csv", "b.csv"], Directory.GetFiles(Target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([Target], Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Write_EarlierSet_ReplacedWhole()
    {
        AtomicFolder.Write(Target, [("a.csv", s => s.Write("old a"u8)), ("b.csv", s => s.Write("old b"u8))]);

        AtomicFolder.Write(Target, [("a.csv", s => s.Write("new a"u8)), ("b.csv", s => s.Write("new b"u8))]);

        Assert.Equal(("new a", "new b"), (File.ReadAllText(Path.Combine(Target, "a.csv")), File.ReadAllText(Path.Combine(Target, "b.csv"))));
        Assert.Equal([Target], Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Write_WriterFailsMidway_LeavesTheOldSetWhole()
    {
        AtomicFolder.Write(Target, [("a.csv", s => s.Write("old a"u8)), ("b.csv", s => s.Write("old b"u8))]);

        Assert.Throws<InvalidOperationException>(() => AtomicFolder.Write(Target,
        [
            ("a.csv", s => s.Write("new a"u8)),
            ("b.csv", _ => throw new InvalidOperationException("killed between two files")),
        ]));

        Assert.Equal(("old a", "old b"), (File.ReadAllText(Path.Combine(Target, "a.csv")), File.ReadAllText(Path.Combine(Target, "b.csv"))));
        Assert.Equal([Target], Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Write_FolderHoldingOtherFiles_RefusedAndLeftAsItWas()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "notes.txt"), "mine");

        var error = Assert.Throws<CliException>(() => AtomicFolder.Write(Target, [("a.csv", s => s.Write("a"u8))]));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Contains("'notes.txt'", error.Message, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFiles(Target).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_TargetIsALinkToAFolder_Refused()
    {
        var real = Directory.CreateDirectory(Path.Combine(_parent, "real")).FullName;
        Directory.CreateSymbolicLink(Target, real);

        var error = Assert.Throws<CliException>(() => AtomicFolder.Write(Target, [("a.csv", s => s.Write("a"u8))]));

        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(real));
    }
}
