using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyAdvisor.Memos.Docx;
using PolicyAdvisor.Memos.Layout;
using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests.Docx;

/// <summary>How the Word memo is laid out: page frame, table widths, what is kept together, list indents.</summary>
public sealed class DocxLayoutTests
{
    private const string Marking = "UNCLASSIFIED // FOR DISCUSSION";

    private static WordprocessingDocument Word(string markdown)
    {
        var output = new MemoryStream();
        DocxMemoWriter.Write(markdown, "2026-02-15", output);
        return WordprocessingDocument.Open(new MemoryStream(output.ToArray()), isEditable: false);
    }

    private static Body Body(WordprocessingDocument word) => word.MainDocumentPart!.Document!.Body!;

    private static Paragraph ParagraphStarting(WordprocessingDocument word, string text) =>
        Body(word).Descendants<Paragraph>().First(p => p.InnerText.StartsWith(text, StringComparison.Ordinal));

    [Fact]
    public void Write_MarkedMemo_PutsTheMarkingInHeaderAndFooterAndNumbersThePages()
    {
        using var word = Word($"**{Marking}**\n\n# Title\n\ntext\n\n**{Marking}**\n");

        var main = word.MainDocumentPart!;
        var footer = main.FooterParts.Single().Footer!;
        var fields = footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ToList();
        var section = Body(word).GetFirstChild<SectionProperties>()!;

        Assert.Equal(Marking, main.HeaderParts.Single().Header!.InnerText);
        Assert.StartsWith(Marking, footer.InnerText, StringComparison.Ordinal);
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
        Assert.NotNull(section.GetFirstChild<HeaderReference>());
        Assert.NotNull(section.GetFirstChild<FooterReference>());
        Assert.Equal(["Title", "text"], Body(word).Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public void Write_NoMarking_NumbersThePagesWithoutAHeader()
    {
        using var word = Word("# Title\n\n**Bold lead** and text\n");

        var main = word.MainDocumentPart!;

        Assert.Empty(main.HeaderParts);
        Assert.Equal("Page 1 of 1", main.FooterParts.Single().Footer!.InnerText);
        Assert.Equal(["Title", "Bold lead and text"], Body(word).Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public void Render_Baseline_FitsEachTableColumnToItsContent()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(Render.Bytes(SampleReports.Baseline(), MemoFormat.Docx)), isEditable: false);

        var tables = Body(word).Elements<Table>().ToList();

        Assert.All(tables, table =>
        {
            var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(TableLayoutValues.Fixed, table.GetFirstChild<TableProperties>()!.TableLayout!.Type!.Value);
            Assert.Equal(DocxStyles.TextWidth, grid.Sum());
            Assert.True(grid.Distinct().Count() > 1, "columns of different content get different widths");
            Assert.All(table.Elements<TableRow>(), row =>
            {
                Assert.NotNull(row.TableRowProperties?.GetFirstChild<CantSplit>());
                Assert.Equal(grid.Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture)), row.Elements<TableCell>().Select(c => c.TableCellProperties!.TableCellWidth!.Width!.Value));
            });
        });
        var risks = tables.First(t => t.Elements<TableRow>().First().InnerText.Contains("Severity", StringComparison.Ordinal));
        var headers = risks.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText).ToList();
        var widths = risks.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(widths[headers.IndexOf("Severity")] < widths[headers.IndexOf("Risk")], "Severity is narrower than the risk's text");
    }

    [Fact]
    public void Write_RunInHeadingAndIntroducingParagraph_AreKeptWithWhatFollows()
    {
        using var word = Word("# Option\n\n**Why.**\n\n- a reason\n\nThe facts:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nA closing paragraph.\n");

        Assert.NotNull(ParagraphStarting(word, "Why.").ParagraphProperties?.KeepNext);
        Assert.NotNull(ParagraphStarting(word, "The facts:").ParagraphProperties?.KeepNext);
        Assert.Null(ParagraphStarting(word, "A closing").ParagraphProperties?.KeepNext);
    }

    [Fact]
    public void Write_BoldFirstLineWithoutATitleAfterIt_StaysInTheBody()
    {
        using var word = Word("**Why.**\n\n- a reason\n");

        Assert.Empty(word.MainDocumentPart!.HeaderParts);
        Assert.Equal("Why.", Body(word).Elements<Paragraph>().First().InnerText);
    }

    [Fact]
    public void Write_ListItemWithContinuation_KeepsItsLinesTogether()
    {
        using var word = Word("1. **That you** act.\n\n   Approve ___ Disapprove ___\n2. **That you** wait.\n");

        Assert.NotNull(ParagraphStarting(word, "That you act").ParagraphProperties?.KeepNext);
        Assert.Null(ParagraphStarting(word, "That you wait").ParagraphProperties?.KeepNext);
    }

    [Fact]
    public void Write_OrderedList_LeavesRoomBetweenATwoDigitNumberAndItsText()
    {
        using var word = Word(string.Concat(Enumerable.Range(1, 12).Select(i => $"{i}. item\n")));

        var level = word.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<AbstractNum>()
            .Single(a => a.Descendants<NumberingFormat>().First().Val!.Value == NumberFormatValues.Decimal)
            .Elements<Level>().First();
        var hanging = int.Parse(level.PreviousParagraphProperties!.Indentation!.Hanging!.Value!, System.Globalization.CultureInfo.InvariantCulture);

        // "10." in the 11 pt body font, plus a space's width before the text.
        var needed = (TextWidth.Of("10.", TextFace.Serif) + TextWidth.Of(" ", TextFace.Serif)) * 11 * 20;
        Assert.True(hanging >= needed, $"hanging indent {hanging} twips, need {needed:0}");
    }
}
