using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests.Templates;

public sealed class SandboxTests
{
    private static MemoTemplateException RenderFails(TemplateFolder folder, Func<MemoRendererOptions, MemoRendererOptions>? configure = null) =>
        Assert.Throws<MemoTemplateException>(() => Render.Bytes(SampleReports.Baseline(), MemoFormat.Markdown, folder.Templates, configure));

    [Fact]
    public void Render_MisspeltMember_FailsWithPositionInsteadOfEmptyText()
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "# Memo\n{{ for rec in report.recommendations }}\n  {{ rec.RuleId }}\n{{ end }}"));

        var error = RenderFails(folder);

        Assert.Equal(("PA0702", 3, 10), (error.Code, error.Line, error.Column));
        Assert.EndsWith("templates/memo.md.sbn", error.File, StringComparison.Ordinal);
        Assert.Contains("RuleId", error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IndexPastTheEnd_FailsInsteadOfEmptyText()
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "{{ report.recommendations[5].strength }}"));

        var error = RenderFails(folder);

        Assert.Equal("PA0702", error.Code);
    }

    [Fact]
    public void Render_UnknownVariable_FailsWithPosition()
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "ok {{ recomendations }}"));

        var error = RenderFails(folder);

        Assert.Equal(("PA0702", 1, 7), (error.Code, error.Line, error.Column));
    }

    [Theory]
    [InlineData("{{ while true; end }}", "PA0703")]
    [InlineData("{{ for i in 1..1000000; end }}", "PA0703")]
    [InlineData("{{ func down(n); ret down(n + 1); end }}\n{{ down 1 }}", "PA0704")]
    [InlineData("{{ include 'memo.md.sbn' }}", "PA0704")]
    [InlineData("{{ for i in 1..40 }}0123456789 0123456789{{ end }}", "PA0706")]
    [InlineData("{{ s = 'x' | string.pad_right 2000 }}{{ s.size }}", "PA0706")]
    public void Render_RunawayTemplate_StopsWithLimitCode(string template, string code)
    {
        using var folder = new TemplateFolder(("memo.md.sbn", template));

        var error = RenderFails(folder, o => o with { LoopLimit = 50, OutputLimit = 500 });

        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData("../outside.sbn")]
    [InlineData("partials/../../outside.sbn")]
    [InlineData("/etc/passwd")]
    [InlineData("partials\\\\x.sbn")]
    public void Render_IncludeOutsideFolder_IsRefused(string name)
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "line\n  {{ include '" + name + "' }}"), ("partials/x.sbn", "x"));
        File.WriteAllText(Path.Combine(folder.Root, "outside.sbn"), "secret");

        var error = RenderFails(folder);

        Assert.Equal(("PA0705", 2, 6), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Render_IncludeThroughSymlinkLeavingFolder_IsRefused()
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "{{ include 'partials/escape.sbn' }}"));
        File.WriteAllText(Path.Combine(folder.Root, "outside.sbn"), "secret");
        Directory.CreateDirectory(Path.Combine(folder.Templates, "partials"));
        File.CreateSymbolicLink(Path.Combine(folder.Templates, "partials", "escape.sbn"), Path.Combine(folder.Root, "outside.sbn"));

        var error = RenderFails(folder);

        Assert.Equal("PA0705", error.Code);
    }

    [Fact]
    public void Render_IncludeThroughSymlinkStayingInside_IsAllowed()
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "{{ include 'alias.sbn' }}"), ("real.sbn", "inside"));
        File.CreateSymbolicLink(Path.Combine(folder.Templates, "alias.sbn"), Path.Combine(folder.Templates, "real.sbn"));

        var markdown = Render.Text(SampleReports.Baseline(), MemoFormat.Markdown, folder.Templates);

        Assert.Equal("inside", markdown);
    }

    [Fact]
    public void Render_MissingInclude_IsRefusedWithPosition()
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "{{ include 'partials/none.sbn' }}"));

        var error = RenderFails(folder);

        Assert.Equal(("PA0705", 1, 4), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Render_ParseErrors_ReportsEachWithPosition()
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "# Memo\n\n{{ if }"));

        var error = RenderFails(folder);

        Assert.All(error.Errors, e => Assert.Equal("PA0701", e.Code));
        Assert.Equal((3, 7), (error.Line, error.Column));
    }

    [Fact]
    public void Render_ParseErrorInInclude_PointsIntoThePartial()
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "{{ include 'partials/bad.sbn' }}"), ("partials/bad.sbn", "a\n{{ end }}"));

        var error = RenderFails(folder);

        Assert.Equal("PA0701", error.Code);
        Assert.EndsWith("templates/partials/bad.sbn", error.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Render_MissingEntryTemplate_FailsWithCode()
    {
        using var folder = new TemplateFolder();

        var error = RenderFails(folder);

        Assert.Equal("PA0707", error.Code);
        Assert.EndsWith("memo.md.sbn", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingTemplatesFolder_FailsWithCode()
    {
        using var folder = new TemplateFolder();

        var error = Assert.Throws<MemoTemplateException>(() =>
            Render.Bytes(SampleReports.Baseline(), MemoFormat.Markdown, Path.Combine(folder.Root, "no-such-folder")));

        Assert.Equal("PA0707", error.Code);
    }

    [Fact]
    public void Constructor_ZeroLimit_IsRejectedBecauseScribanReadsItAsUnlimited()
    {
        var options = new MemoRendererOptions(RepoPaths.Templates) { OutputLimit = 0 };

        Assert.Throws<ArgumentOutOfRangeException>(() => new MemoRenderer(options));
    }

    [Theory]
    [InlineData("date.now")]
    [InlineData("date.utc_now")]
    [InlineData("math.random 1 10")]
    [InlineData("math.uuid")]
    public void Render_ClockOrRandomBuiltin_IsUnavailable(string expression)
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "{{ " + expression + " }}"));

        var error = RenderFails(folder);

        Assert.Equal("PA0702", error.Code);
    }

    [Fact]
    public void Render_FailingTemplate_WritesNothing()
    {
        using var folder = new TemplateFolder(("memo.md.sbn", "partial output {{ nope }}"));
        var renderer = new MemoRenderer(new MemoRendererOptions(folder.Templates));
        using var output = new MemoryStream();

        Assert.Throws<MemoTemplateException>(() => renderer.Render(SampleReports.Baseline(), MemoFormat.Markdown, output));

        Assert.Equal(0, output.Length);
    }
}
