using PolicyAdvisor.Memos.Templates;

namespace PolicyAdvisor.Memos.Tests.Templates;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("*bold* _it_ [x](y) <b>", "\\*bold\\* \\_it\\_ \\[x\\](y) \\<b\\>")]
    [InlineData("$5 ~ ^ {a}", "\\$5 \\~ \\^ \\{a\\}")]
    [InlineData("two\nlines\r\nhere", "two lines here")]
    [InlineData(null, "")]
    public void Escape_Text_EscapesMarkupAndFoldsLines(string? text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Theory]
    [InlineData("status == \"x\"", "`status == \"x\"`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`start", "`` `start ``")]
    [InlineData("", "")]
    public void Code_Text_FencesLongerThanAnyBacktickRun(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Code(text));
    }

    [Fact]
    public void Cell_Empty_ShowsDash()
    {
        Assert.Equal("\u2014", MarkdownText.Cell(""));
    }
}
