using PolicyAdvisor.Tests.Shared;
using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests.Templates;

public sealed class TemplateBudgetTests
{
    private static MemoTemplateException RenderFails(TemplateFolder folder, Func<MemoRendererOptions, MemoRendererOptions>? configure = null) =>
        Assert.Throws<MemoTemplateException>(() => Render.Bytes(SampleReports.Baseline(), MemoFormat.Markdown, folder.Templates, configure));

    [Fact]
    public void Render_DictionaryFilledWithLargeStrings_StopsAtTheMemoryBudget()
    {
        // Each string is within LimitToString; together they would reach gigabytes.
        using var folder = new TemplateFolder(("memo.md.sbn", "{{ d = {}\nfor i in 1..10000\n  d[i] = '' | string.pad_left 400000\nend }}"));

        var error = RenderFails(folder, o => o with { MemoryLimit = 64L * 1024 * 1024 });

        Assert.Equal(("PA0708", 3), (error.Code, error.Line));
        Assert.Contains("MemoryLimit", error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShippedTemplates_StayWellInsideTheDefaultMemoryBudget()
    {
        var markdown = Render.Text(SampleReports.Baseline(), MemoFormat.Markdown, RepoPaths.Templates, o => o with { MemoryLimit = 64L * 1024 * 1024 });

        Assert.Contains("# Policy options", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PartialLargerThanTheLimit_RefusedAtTheIncludeBeforeReading()
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "a\n{{ include 'big.sbn' }}"), ("big.sbn", new string('x', 2_000)));

        var error = RenderFails(folder, o => o with { MaxTemplateBytes = 1_000 });

        Assert.Equal(("PA0002", 2, 4), (error.Code, error.Line, error.Column));
        Assert.Contains("the limit is 1000", error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_IncludeOfAFifo_RefusedWithoutWaitingForAWriter()
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "{{ include 'pipe.sbn' }}"));
        SpecialFiles.Fifo(Path.Combine(folder.Templates, "pipe.sbn"));

        var error = await Task.Run(() => RenderFails(folder)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(("PA0017", 1, 4), (error.Code, error.Line, error.Column));
        Assert.Contains("FIFO", error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_EntryTemplateIsAFifo_RefusedWithItsCode()
    {
        using var folder = new TemplateFolder();
        SpecialFiles.Fifo(Path.Combine(folder.Templates, "memo.md.sbn"));

        var error = await Task.Run(() => RenderFails(folder)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("PA0017", error.Code);
        Assert.EndsWith("memo.md.sbn", error.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L, 1L)]
    [InlineData(1L, 0L)]
    public void Constructor_ZeroTemplateBudget_IsRejected(long maxTemplateBytes, long memoryLimit)
    {
        var options = new MemoRendererOptions(RepoPaths.Templates) { MaxTemplateBytes = maxTemplateBytes, MemoryLimit = memoryLimit };

        Assert.Throws<ArgumentOutOfRangeException>(() => new MemoRenderer(options));
    }
}
