using System.Text.RegularExpressions;
using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests.Docx;

/// <summary>The Word memo as a reader's word processor lays it out: converted to PDF by LibreOffice, read back with poppler.</summary>
public sealed class DocxPdfTests(WordMemoPdf pdf) : IClassFixture<WordMemoPdf>
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(5);

    private string Marking => Regex.Match(pdf.Markdown, @"\A\*\*(.+)\*\*\n", RegexOptions.None, RegexTimeout).Groups[1].Value;

    [Fact]
    public void Convert_BaselineDocx_EveryPageShowsTheMarkingAtTopAndFoot()
    {
        Assert.NotEmpty(Marking);
        Assert.True(pdf.Pages.Count > 1, "the sample memo should run over several pages");
        Assert.All(pdf.Pages, page =>
        {
            var lines = page.Lines().Select(l => (Text: Text(l), Top: l[0].YMin)).ToList();
            Assert.Equal(Marking, lines[0].Text);
            Assert.True(lines[0].Top < page.Height * 0.1, $"page {page.Number}: marking at {lines[0].Top}pt is not in the header");
            Assert.Contains(lines, l => l.Text == Marking && l.Top > page.Height * 0.9);
        });
    }

    [Fact]
    public void Convert_BaselineDocx_EveryPageIsNumberedPageNOfTotal()
    {
        Assert.All(pdf.Pages, page =>
        {
            var last = page.Lines()[^1];
            Assert.Equal($"Page {page.Number} of {pdf.Pages.Count}", Text(last));
            Assert.True(last[0].YMin > page.Height * 0.9, $"page {page.Number}: the number is not in the footer");
        });
    }

    [Fact]
    public void Convert_BaselineDocx_NoHeadingEndsAPage()
    {
        // Headings, and run-in headings such as "Why." set in bold on a line of their own.
        var headings = Regex.Matches(pdf.Markdown, @"^(?:#+ (.+)|\*\*([^*]+)\*\*)$", RegexOptions.Multiline, RegexTimeout)
            .Select(m => (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Replace("\\", string.Empty, StringComparison.Ordinal))
            .Where(h => h != Marking)
            .ToList();

        Assert.All(pdf.Pages.SkipLast(1), page =>
        {
            var body = page.Lines().Select(Text).Where(t => t != Marking && !t.StartsWith("Page ", StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(headings, h => h.EndsWith(body[^1], StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Convert_BaselineDocx_FileReferencesStayOnOneLine()
    {
        var references = Regex.Matches(pdf.Markdown, @"[\w-]+(?:\.[\w-]+)*\.yaml:\d+", RegexOptions.None, RegexTimeout).Select(m => m.Value).Distinct().ToList();
        var words = pdf.Pages.SelectMany(p => p.Words).Select(w => w.Text).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.Contains(words, w => w.Contains(reference, StringComparison.Ordinal)));
    }

    private static string Text(IReadOnlyList<PdfWord> line) => string.Join(' ', line.Select(w => w.Text));
}
