using System.Text;
using PolicyAdvisor.Advice.Reports;

namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>Renders through the public API into memory.</summary>
internal static class Render
{
    public static byte[] Bytes(AdviceReport report, MemoFormat format, string? templates = null, Func<MemoRendererOptions, MemoRendererOptions>? configure = null)
    {
        var options = new MemoRendererOptions(templates ?? RepoPaths.Templates);
        var renderer = new MemoRenderer(configure is null ? options : configure(options));
        using var output = new MemoryStream();
        renderer.Render(report, format, output);
        return output.ToArray();
    }

    public static string Text(AdviceReport report, MemoFormat format, string? templates = null, Func<MemoRendererOptions, MemoRendererOptions>? configure = null) =>
        Encoding.UTF8.GetString(Bytes(report, format, templates, configure));
}
