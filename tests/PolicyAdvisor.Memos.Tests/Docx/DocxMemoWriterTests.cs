using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyAdvisor.Memos.Docx;
using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests.Docx;

public sealed class DocxMemoWriterTests
{
    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    [Fact]
    public void Render_Baseline_HasMemoHeadingsAsWordHeadings()
    {
        using var word = Open(Render.Bytes(SampleReports.Baseline(), MemoFormat.Docx));

        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        var titles = paragraphs.Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText).ToList();
        var sections = paragraphs.Where(p => StyleOf(p) == "Heading2").Select(p => p.InnerText).ToList();

        Assert.Equal(["Policy options: Baseline, early 2026"], titles);
        Assert.Equal(
            ["Bottom line", "Decisions", "Risks", "Out of date", "Signposts", "Key assumptions", "Citations",
             "Annex: the recommended options in full", "Annex: trade-offs", "Annex: options considered and not recommended",
             "Annex: provenance", "Annex: risks in full", "Annex: assumptions in full", "Annex: robustness across futures", "Fingerprint"],
            sections);
    }

    [Fact]
    public void Render_Baseline_TurnsPipeTablesIntoWordTables()
    {
        using var word = Open(Render.Bytes(SampleReports.Baseline(), MemoFormat.Docx));

        var tables = word.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();

        Assert.Equal(5, tables.Count); // risks, signposts, provenance, assumptions, robustness
        var risks = tables[0].Elements<TableRow>().ToList();
        Assert.Equal(["Risk", "Likelihood", "Severity", "Confidence", "Weighs against"], risks[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.NotNull(risks[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal("Moscow may work to unsettle a Western-brokered signing (rests on expired input)", risks[1].Elements<TableCell>().First().InnerText);
    }

    [Fact]
    public void Render_Baseline_KeepsEmphasisCodeAndListNumbering()
    {
        using var word = Open(Render.Bytes(SampleReports.Baseline(), MemoFormat.Docx));
        var body = word.MainDocumentPart!.Document!.Body!;

        var course = body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("Recommended course. That you help", StringComparison.Ordinal));
        var bold = course.Elements<Run>().First();
        var item = body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("Sign now, ratify later", StringComparison.Ordinal));
        var code = body.Descendants<Run>().First(r => r.InnerText == "plan-b-signing");

        Assert.Equal("Recommended course.", bold.InnerText);
        Assert.NotNull(bold.RunProperties?.Bold);
        Assert.NotNull(item.ParagraphProperties?.NumberingProperties?.NumberingId);
        Assert.Equal(DocxStyles.CodeCharStyle, code.RunProperties?.RunStyle?.Val?.Value);
    }

    [Fact]
    public void Render_Baseline_PassesOpenXmlValidation()
    {
        using var word = Open(Render.Bytes(SampleReports.Baseline(), MemoFormat.Docx));

        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Render_Docx_FixesEveryEntryTimeAndDatesTheDocumentAsOf()
    {
        var bytes = Render.Bytes(SampleReports.Baseline(), MemoFormat.Docx);

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var word = Open(bytes);

        Assert.All(zip.Entries, e => Assert.Equal(DeterministicZip.EntryTime.DateTime, e.LastWriteTime.DateTime));
        Assert.Equal(new DateTime(2026, 2, 15), word.PackageProperties.Created?.Date);
        Assert.Equal(new DateTime(2026, 2, 15), word.PackageProperties.Modified?.Date);
        Assert.Equal("Policy options: Baseline, early 2026", word.PackageProperties.Title);
    }
}
