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
