using PolicyAdvisor.Tests.Shared;
using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Files;

public sealed class InputFileTests
{
    [Fact]
    public async Task Read_Fifo_RefusedBeforeOpeningSoNothingWaitsForAWriter()
    {
        using var folder = new TempFolder();
        var fifo = SpecialFiles.Fifo(Path.Combine(folder.Root, "situation.yaml"));

        // A blocking open would never return; the time-out turns a hang into a failure.
        var read = await Task.Run(() => InputFile.Read(fifo, 1000)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((DiagnosticCodes.NotRegularFile, "is a FIFO (named pipe), not a regular file; only regular files are read"), (read.Code, read.Message));
        Assert.Null(read.Bytes);
    }

    [Fact]
    public void Read_DevZero_RefusedAlthoughItReportsLengthZero()
    {
        var read = InputFile.Read("/dev/zero", 1000);

        Assert.Equal(DiagnosticCodes.NotRegularFile, read.Code);
        Assert.Contains("character device", read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RegularFile_ReturnsItsBytesAndRealPath()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.yaml", "a: 1\n");

        var read = InputFile.Read(path, 5);

        Assert.Equal("a: 1\n"u8.ToArray(), read.Bytes);
        Assert.Equal(RealPath.Of(path), read.RealPath);
    }

    [Fact]
    public void Read_OneByteOverTheLimit_Refused()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.yaml", "a: 12\n");

        var read = InputFile.Read(path, 5);

        Assert.Equal((DiagnosticCodes.FileTooLarge, "file is 6 bytes; the limit is 5"), (read.Code, read.Message));
    }

    [Fact]
    public void Read_LinkInsideFolderToFileOutside_Refused()
    {
        using var folder = new TempFolder();
        var inside = Directory.CreateDirectory(Path.Combine(folder.Root, "rules")).FullName;
        var outside = folder.Write("secret.yaml", "a: 1\n");
        var link = Path.Combine(inside, "facts.yaml");
        File.CreateSymbolicLink(link, outside);

        var read = InputFile.Read(link, 1000, inside);

        Assert.Equal(DiagnosticCodes.LinkLeavesFolder, read.Code);
        Assert.DoesNotContain(folder.Root, read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileUnderLinkedSubfolderLeavingFolder_Refused()
    {
        using var folder = new TempFolder();
        var inside = Directory.CreateDirectory(Path.Combine(folder.Root, "rules")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(folder.Root, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "x.rules.yaml"), "rules: []\n");
        Directory.CreateSymbolicLink(Path.Combine(inside, "sub"), elsewhere);

        var read = InputFile.Read(Path.Combine(inside, "sub", "x.rules.yaml"), 1000, inside);

        Assert.Equal(DiagnosticCodes.LinkLeavesFolder, read.Code);
    }

    [Fact]
    public void Read_LinkStayingInsideFolder_Read()
    {
        using var folder = new TempFolder();
        var target = folder.Write("real.yaml", "a: 1\n");
        var link = Path.Combine(folder.Root, "alias.yaml");
        File.CreateSymbolicLink(link, "real.yaml");

        var read = InputFile.Read(link, 1000, folder.Root);

        Assert.Equal(File.ReadAllBytes(target), read.Bytes);
    }

    [Fact]
    public void Read_DanglingLinkAndMissingFile_ReportedAsMissing()
    {
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Root, "gone.yaml");
        File.CreateSymbolicLink(link, Path.Combine(folder.Root, "nothing.yaml"));

        var reads = (InputFile.Read(link, 10).Code, InputFile.Read(Path.Combine(folder.Root, "none.yaml"), 10).Code);

        Assert.Equal((DiagnosticCodes.FileMissing, DiagnosticCodes.FileMissing), reads);
    }

    [Fact]
    public void Read_LinkLoop_ReportedNotThrown()
    {
        using var folder = new TempFolder();
        var a = Path.Combine(folder.Root, "a.yaml");
        var b = Path.Combine(folder.Root, "b.yaml");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);

        var read = InputFile.Read(a, 10);

        Assert.Equal(DiagnosticCodes.FileMissing, read.Code);
        Assert.Contains("symbolic links", read.Message, StringComparison.Ordinal);
    }
}
