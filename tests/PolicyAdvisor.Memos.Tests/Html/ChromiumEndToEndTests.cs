using System.Text.RegularExpressions;
using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests.Html;

public sealed class ChromiumEndToEndTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public void Render_HtmlLoadedInHeadlessChromium_ShowsTheMainSections()
    {
        var folder = Directory.CreateTempSubdirectory("memo-html-").FullName;
        try
        {
            var file = Path.Combine(folder, "memo.html");
            File.WriteAllBytes(file, Render.Bytes(SampleReports.Baseline(), MemoFormat.Html));

            var dom = chromium.DumpDom(file);

            var headings = Regex.Matches(dom, "<h2[^>]*>(.*?)</h2>", RegexOptions.Singleline, TimeSpan.FromSeconds(5))
                .Select(m => m.Groups[1].Value).ToList();
            Assert.Contains("<title>Policy options: Baseline, early 2026</title>", dom, StringComparison.Ordinal);
            Assert.Equal(
                ["Bottom line", "Decisions", "Risks", "Out of date", "Signposts", "Key assumptions", "Citations",
                 "Annex: the recommended options in full", "Annex: trade-offs", "Annex: options considered and not recommended",
                 "Annex: provenance", "Annex: risks in full", "Annex: assumptions in full", "Annex: robustness across futures", "Fingerprint"],
                headings);
            Assert.Equal(2, Regex.Count(dom, "<details class=\"proof\">", RegexOptions.None, TimeSpan.FromSeconds(5)));
            Assert.Equal(5, Regex.Count(dom, "<table>", RegexOptions.None, TimeSpan.FromSeconds(5)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
