namespace PolicyAdvisor.Memos.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void Assembly_ExportedTypes_AreOnlyTheRendererSurface()
    {
        var exported = typeof(MemoRenderer).Assembly.GetExportedTypes().Select(t => t.FullName).Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "PolicyAdvisor.Memos.MemoFormat",
                "PolicyAdvisor.Memos.MemoRenderer",
                "PolicyAdvisor.Memos.MemoRendererOptions",
                "PolicyAdvisor.Memos.MemoTemplateError",
                "PolicyAdvisor.Memos.MemoTemplateException",
            ],
            exported);
    }
}
