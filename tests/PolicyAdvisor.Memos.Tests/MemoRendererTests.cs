using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests;

public sealed class MemoRendererTests
{
    [Fact]
    public void Render_BaselineMarkdown_MatchesGolden()
    {
        var markdown = Render.Text(SampleReports.Baseline(), MemoFormat.Markdown);

        Golden.AssertMatches("baseline.md", markdown);
    }

    [Theory]
    [InlineData(MemoFormat.Markdown)]
    [InlineData(MemoFormat.Json)]
    [InlineData(MemoFormat.Html)]
    [InlineData(MemoFormat.Docx)]
    public void Render_SameInputsTwice_IsByteIdentical(MemoFormat format)
    {
        var first = Render.Bytes(SampleReports.Baseline(), format);

        var second = Render.Bytes(SampleReports.Baseline(), format);

        Assert.Equal(first, second);
    }
}
