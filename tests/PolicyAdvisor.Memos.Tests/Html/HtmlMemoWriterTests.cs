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
}
