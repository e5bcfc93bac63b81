using PolicyAdvisor.EndToEnd.Tests.Support;

namespace PolicyAdvisor.EndToEnd.Tests;

public sealed class MemoEndToEndTests
{
    [Fact]
    public void Memo_NoOptions_PrintsBaselineMarkdownWithEveryMainSection()
    {
        var run = CliProcess.Run("memo");

        Assert.Equal(0, run.ExitCode);
        foreach (var heading in new[] { "## Bottom line", "## Decisions", "## Risks", "## Signposts", "## Key assumptions", "## Citations", "## Annex: the recommended options in full", "## Annex: trade-offs", "## Annex: provenance", "## Fingerprint" })
        {
            Assert.Contains(heading, run.Output);
        }

        Assert.Contains("That you", run.Output);
        Assert.Contains("Approve", run.Output);
    }

    [Fact]
    public void Memo_SameInputsTwice_ByteIdentical()
    {
        var first = CliProcess.Run("memo", "--format", "json");
        var second = CliProcess.Run("memo", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public void Memo_OtherCultureAndTimeZone_SameBytes()
    {
        var plain = CliProcess.Run("memo");
        var elsewhere = CliProcess.Run(
            new ProcessOptions { Environment = new Dictionary<string, string> { ["TZ"] = "Asia/Yerevan", ["LANG"] = "fr_FR.UTF-8", ["LC_ALL"] = "fr_FR.UTF-8", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" } },
            "memo");

        Assert.Equal(plain.Output, elsewhere.Output);
    }

    [Fact]
    public void Memo_UnknownSituation_ExitsTwoWithOneLineNamingIt()
    {
        var run = CliProcess.Run("memo", "--situation", "no-such-situation");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-situation", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Memo_DocxWithoutOut_IsAUsageError()
    {
        var run = CliProcess.Run("memo", "--format", "docx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error);
    }

    [Fact]
    public void Memo_EveryFormatToFile_WritesCompleteFile()
    {
        var folder = Directory.CreateTempSubdirectory("pa-e2e-").FullName;
        try
        {
            foreach (var format in new[] { "md", "html", "json", "docx" })
            {
                var path = Path.Combine(folder, "memo." + format);
                var run = CliProcess.Run("memo", "--format", format, "--out", path);

                Assert.Equal(0, run.ExitCode);
                Assert.True(new FileInfo(path).Length > 1000, format);
            }

            Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(Path.Combine(folder, "memo.docx"))[..2]);
            Assert.Equal(4, Directory.GetFiles(folder).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
