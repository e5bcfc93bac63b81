using PolicyAdvisor.Tests.Shared;
using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Files;

public sealed class FileKindsTests
{
    [Fact]
    public void Of_Fifo_IsFifoWithoutBlocking()
    {
        using var folder = new TempFolder();
        var fifo = SpecialFiles.Fifo(Path.Combine(folder.Root, "pipe.yaml"));

        var kind = FileKinds.Of(fifo);

        Assert.Equal(FileKind.Fifo, kind);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/null")]
    public void Of_CharacterDevice_IsCharacterDevice(string path)
    {
        var kind = FileKinds.Of(path);

        Assert.Equal(FileKind.CharacterDevice, kind);
    }

    [Fact]
    public void Of_Socket_IsSocket()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "s.sock");
        using var socket = SpecialFiles.UnixSocket(path);

        var kind = FileKinds.Of(path);

        Assert.Equal(FileKind.Socket, kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a: 1\n")]
    public void Of_RegularFileEmptyOrNot_IsRegular(string text)
    {
        using var folder = new TempFolder();
        var path = folder.Write("f.yaml", text);

        var kind = FileKinds.Of(path);

        Assert.Equal(FileKind.Regular, kind);
    }

    [Fact]
    public void Of_LinkFolderAndNothing_AreToldApart()
    {
        using var folder = new TempFolder();
        var target = folder.Write("t.yaml", "a: 1\n");
        var link = Path.Combine(folder.Root, "l.yaml");
        File.CreateSymbolicLink(link, target);

        var kinds = (FileKinds.Of(link), FileKinds.Of(folder.Root), FileKinds.Of(Path.Combine(folder.Root, "none")));

        Assert.Equal((FileKind.SymbolicLink, FileKind.Directory, FileKind.Missing), kinds);
    }
}
