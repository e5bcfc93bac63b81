using CsCheck;
using Markdig;
using Markdig.Syntax;
using PolicyAdvisor.Memos.Html;
using PolicyAdvisor.Memos.Layout;
using MdTable = Markdig.Extensions.Tables.Table;

namespace PolicyAdvisor.Memos.Tests.Layout;

public sealed class ColumnWidthsTests
{
    private const double Available = 50;
    private const double Padding = 1;
    private const double Tolerance = 1e-9;

    private static MdTable Table(string markdown) =>
        Markdown.Parse(markdown, MemoMarkdown.Pipeline()).Descendants<MdTable>().Single();

    private static double[] Ems(string markdown) => ColumnWidths.Fit(Table(markdown), Available, Padding).Select(s => s * Available).ToArray();

    [Fact]
    public void Fit_ShortCells_GiveEachColumnRoomForItsWholeLine()
    {
        var widths = Ems("| id | title |\n|---|---|\n| a | a longer title than the id |\n");

        Assert.True(widths[1] > 3 * widths[0]);
        Assert.True(widths[0] >= TextWidth.Of("id", TextFace.SerifBold) + Padding - Tolerance);
    }

    [Fact]
    public void Fit_FileReferenceBesideProse_KeepsTheReferenceWhole()
    {
        const string reference = "rules/options/settlement.rules.yaml:7";
        var prose = string.Join(' ', Enumerable.Repeat("the text of a long reason that has to wrap", 6));

        var widths = Ems($"| Rule file | Why | Option |\n|---|---|---|\n| {reference} | {prose} | plan-b |\n");

        Assert.True(widths[0] >= TextWidth.Of(reference, TextFace.Serif) + Padding - Tolerance, $"file column {widths[0]:0.0}em");
        Assert.True(widths[1] > widths[0], "the prose takes the room left over");
    }

    [Fact]
    public void Fit_WordsTooWideTogether_BreakPathsAtSlashesBeforeNarrowingOtherColumns()
    {
        var path = "seeds/situations/" + new string('b', 12) + ".yaml:124";
        var id = new string('x', 14);

        var widths = Ems($"| Where | Fact | Fact | Fact |\n|---|---|---|---|\n| {path} | {id} | {id} | {id} |\n");

        var wholeId = TextWidth.Of(id, TextFace.Serif) + Padding;
        Assert.All(widths.Skip(1), w => Assert.True(w >= wholeId - Tolerance, $"an id column got {w:0.0}em"));
        Assert.True(widths[0] < TextWidth.Of(path, TextFace.Serif) + Padding, "the path breaks after a slash instead");
    }

    [Fact]
    public void Fit_TooNarrowForEveryWord_BreaksLongTokensRatherThanTheHeaderOrShortWords()
    {
        const string narrow = "Confidence";
        var token = new string('v', 40);
        var rows = string.Concat(Enumerable.Range(0, 8).Select(_ => $"| moderate | {token} {token} | {token} |\n"));

        var widths = Ems($"| {narrow} | A | B |\n|---|---|---|\n{rows}");

        Assert.True(widths[0] >= TextWidth.Of(narrow, TextFace.SerifBold) + Padding - Tolerance, $"the narrow column got {widths[0]:0.0}em");
        Assert.Contains(widths.Skip(1), w => w < TextWidth.Of(token, TextFace.Serif) + Padding);
        Assert.Equal(Available, widths.Sum(), 6);
    }

    [Fact]
    public void Fit_AnyTable_SharesArePositiveAndAddUpToOne()
    {
        var cell = Gen.String[Gen.Char["abc-/ xyz_=#0123456789ABCmw"], 0, 80].Select(s => s.Replace("|", string.Empty, StringComparison.Ordinal).Trim());
        var row = Gen.Int[1, 6].SelectMany(n => cell.Array[n]);

        row.Array[1, 5].Sample(rows =>
        {
            var columns = rows.Max(r => r.Length);
            var markdown = "|" + string.Concat(Enumerable.Range(0, columns).Select(i => $" h{i} |")) + "\n|" + string.Concat(Enumerable.Repeat("---|", columns)) + "\n"
                + string.Concat(rows.Select(r => "| " + string.Join(" | ", r.Select(c => c.Length == 0 ? "." : c)) + " |\n"));

            var shares = ColumnWidths.Fit(Table(markdown), Available, Padding);

            Assert.Equal(columns, shares.Length);
            Assert.All(shares, s => Assert.True(s > 0));
            Assert.Equal(1.0, shares.Sum(), 9);
        });
    }
}
