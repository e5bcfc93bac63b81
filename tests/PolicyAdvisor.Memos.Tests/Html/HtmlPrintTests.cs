using System.Text;
using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests.Html;

/// <summary>The HTML memo printed by headless Chromium to A4 (the narrower of A4 and Letter), read back with poppler.</summary>
public sealed class HtmlPrintTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const double SideMarginPoints = 16 / 25.4 * 72;
    private const string Marking = "UNCLASSIFIED // FOR DISCUSSION";

    [Fact]
    public void Print_BaselineOnA4_EveryWordInsideTheMarginsAndEveryPageMarkedAndNumbered()
    {
        var folder = Directory.CreateTempSubdirectory("memo-html-print-").FullName;
        try
        {
            // A reader who prints on A4 gets what this page size rule gives; the stylesheet itself leaves the size to the printer.
            var html = Encoding.UTF8.GetString(Render.Bytes(SampleReports.Baseline(), MemoFormat.Html)).Replace("</style>", "@page { size: A4; }\n</style>", StringComparison.Ordinal);
            var file = Path.Combine(folder, "memo.html");
            var pdf = Path.Combine(folder, "memo.pdf");
            File.WriteAllText(file, html);
            DebianPackages.EnsureInstalled([PdfText.PdfToText], "poppler-utils");

            chromium.PrintToPdf(file, pdf);
            var pages = PdfText.Read(pdf);

            Assert.True(pages.Count > 1, "the sample memo should run over several pages");
            Assert.All(pages, page =>
            {
                var lines = page.Lines().Select(l => string.Join(' ', l.Select(w => w.Text))).ToList();
                Assert.All(page.Words, w => Assert.True(w.XMax <= page.Width - SideMarginPoints + 1, $"page {page.Number}: '{w.Text}' ends at {w.XMax:0.0}pt, past the margin"));
                Assert.Equal(Marking, lines[0]);
                Assert.Equal([Marking, $"Page {page.Number} of {pages.Count}"], lines[^2..]);
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
