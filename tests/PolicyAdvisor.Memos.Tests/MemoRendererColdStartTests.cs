using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests;

public sealed class MemoRendererColdStartTests
{
    [Theory]
    [InlineData(MemoFormat.Markdown)]
    [InlineData(MemoFormat.Json)]
    public void Render_TextFormats_NeverLoadMarkdigOrOpenXml(MemoFormat format)
    {
        using var isolated = new IsolatedMemos();

        isolated.Render(SampleReports.Baseline(), format, RepoPaths.Templates);

        Assert.Contains("PolicyAdvisor.Memos", isolated.Loaded);
        Assert.DoesNotContain("Markdig", isolated.Loaded);
        Assert.DoesNotContain("DocumentFormat.OpenXml", isolated.Loaded);
    }

    [Fact]
    public void Render_Html_LoadsMarkdigButNotOpenXml()
    {
        using var isolated = new IsolatedMemos();

        isolated.Render(SampleReports.Baseline(), MemoFormat.Html, RepoPaths.Templates);

        Assert.Contains("Markdig", isolated.Loaded);
        Assert.DoesNotContain("DocumentFormat.OpenXml", isolated.Loaded);
    }
}
