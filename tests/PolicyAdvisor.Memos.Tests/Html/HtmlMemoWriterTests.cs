using System.Globalization;
using System.Text.RegularExpressions;
using PolicyAdvisor.Memos.Html;
using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests.Html;

public sealed class HtmlMemoWriterTests
{
    [Fact]
    public void Write_Markdown_IsAFullPageWithPrintStylesheet()
    {
        var html = HtmlMemoWriter.Write("# A & B\n\ntext\n");

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>A &amp; B</title>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.EndsWith("</main>\n</body>\n</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PipeTable_BecomesHtmlTable()
    {
        var html = HtmlMemoWriter.Write("| a | b |\n|---|---|\n| 1 \\| 2 | 3 |\n");

        Assert.Contains("<th>a</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1 | 2</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EscapedReportText_StaysLiteral()
    {
        var html = HtmlMemoWriter.Write("costs \\$5 and \\$6, \\*not bold\\*, \\<b\\>\n");

        Assert.Contains("<p>costs $5 and $6, *not bold*, &lt;b&gt;</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoHeading_TitledMemo()
    {
        var html = HtmlMemoWriter.Write("just text\n");

        Assert.Contains("<title>Memo</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PipeTable_TakesColumnWidthsFromItsContent()
    {
        var html = HtmlMemoWriter.Write("| Severity | Why |\n|---|---|\n| high | " + string.Join(' ', Enumerable.Repeat("a reason that runs on", 12)) + " |\n");

        var widths = Regex.Matches(html, "<col style=\"width:([0-9.]+)%\" />", RegexOptions.None, TimeSpan.FromSeconds(5))
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(2, widths.Count);
        Assert.True(widths[1] > 3 * widths[0], $"widths {string.Join(", ", widths)}");
        Assert.Equal(100, widths.Sum(), 1);
    }

    [Fact]
    public void Write_PathInTableCell_MayBreakAfterEachSlash()
    {
        var html = HtmlMemoWriter.Write("| Where |\n|---|\n| seeds/situations/baseline.yaml:5 |\n");

        Assert.Contains("<td>seeds/<wbr>situations/<wbr>baseline.yaml:5</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MarkedMemo_CarriesTheMarkingOntoEveryPrintedPage()
    {
        var html = HtmlMemoWriter.Write("**SECRET // \"X\" \\</style\\>**\n\n# Title\n\ntext\n");

        var style = html[html.IndexOf("<style>", StringComparison.Ordinal)..html.IndexOf("</style>", StringComparison.Ordinal)];
        Assert.Contains("@top-center { content: \"SECRET // \\22 X\\22  \\3C /style\\3E \"; }", style, StringComparison.Ordinal);
        Assert.Contains("counter(page)", style, StringComparison.Ordinal);
        Assert.Contains("<p class=\"marking\"><strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoMarking_PrintsPageNumbersOnly()
    {
        var html = HtmlMemoWriter.Write("# Title\n\n**Why.**\n");

        Assert.DoesNotContain("@top-center { content:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"marking\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Html_EachRecommendationOpensToItsProofChain()
    {
        var report = SampleReports.Baseline();

        var html = Render.Text(report, MemoFormat.Html);

        var body = html[..html.IndexOf(">Citations</h2>", StringComparison.Ordinal)];
        Assert.Equal(report.Recommendations.Count, Regex.Count(body, "<details class=\"proof\"><summary>Proof chain</summary>"));
        var chain = body[body.IndexOf("<code>plan-b-signing</code>", StringComparison.Ordinal)..];
        Assert.Contains("Rule <code>plan-b-sign-without-ratification</code> (<code>rules/signing.rules.yaml:12</code>)", chain[..chain.IndexOf("</details>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Html_ClaimIdsLinkToTheirCitationWithTheParaphraseOnHover()
    {
        var html = Render.Text(SampleReports.Baseline(), MemoFormat.Html);

        Assert.Contains("<a href=\"#claim-dunbar-2026-9\" title=\"Western partners should bank progress by helping the parties sign\">dunbar-2026#9</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"claim-dunbar-2026-9\"><strong>dunbar-2026#9</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"#claim-dunbar-2026-9\" title=\"Western partners should bank progress by helping the parties sign\"><strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WithoutReport_AddsNoLinksOrChains()
    {
        var html = HtmlMemoWriter.Write("- see dunbar-2026#9 (`plan-b-signing`)\n");

        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<details", html, StringComparison.Ordinal);
    }
}
