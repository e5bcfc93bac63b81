using System.Security.Cryptography;
using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Files;

public sealed class InputReaderTests
{
    [Fact]
    public void Read_TwoFiles_RecordsEachWithTheHashOfItsBytes()
    {
        using var folder = new TempFolder();
        var a = folder.Write("a.yaml", "a: 1\n");
        var b = folder.Write("b.yaml", "b: 2\n");
        var reader = new InputReader();

        reader.Read(a, new DiagnosticBag(), 100);
        reader.Read(b, new DiagnosticBag(), 100);

        Assert.Equal(
            [new InputRecord(a, Convert.ToHexStringLower(SHA256.HashData("a: 1\n"u8))), new InputRecord(b, Convert.ToHexStringLower(SHA256.HashData("b: 2\n"u8)))],
            reader.Files);
    }

    [Fact]
    public void Read_Refused_ReportsWholeFileDiagnosticAndRecordsNothing()
    {
        var reader = new InputReader();
        var bag = new DiagnosticBag();

        var bytes = reader.Read("/dev/zero", bag, 100);

        Assert.Null(bytes);
        Assert.Empty(reader.Files);
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.NotRegularFile, "/dev/zero", 0, 0), (error.Code, error.File, error.Line, error.Column));
    }
}
