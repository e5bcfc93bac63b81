using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests;

public sealed class MemoRendererTests
{
    // Regenerate with UPDATE_GOLDEN=1 after an intended change to templates, stylesheet or schema; review the diff.
    [Theory]
    [InlineData(MemoFormat.Markdown, "baseline.md")]
    [InlineData(MemoFormat.Json, "baseline.json")]
    [InlineData(MemoFormat.Html, "baseline.html")]
    public void Render_Baseline_MatchesGolden(MemoFormat format, string golden)
    {
        var text = Render.Text(SampleReports.Baseline(), format);

        Golden.AssertMatches(golden, text);
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
