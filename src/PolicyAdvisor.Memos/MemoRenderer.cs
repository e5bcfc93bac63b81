using System.Runtime.CompilerServices;
using System.Text;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Memos.Templates;

namespace PolicyAdvisor.Memos;

/// <summary>
/// Renders an <see cref="AdviceReport"/> as a decision memo. Markdown comes from the sandboxed templates; HTML and
/// Word are built from that Markdown; JSON is the report itself in the documented schema. Same inputs, same bytes.
/// </summary>
public sealed class MemoRenderer
{
    private readonly MemoRendererOptions _options;

    /// <summary>Creates a renderer for one templates folder and set of limits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative (Scriban would read it as "no limit").</exception>
    public MemoRenderer(MemoRendererOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.OutputLimit, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.LoopLimit, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.RecursiveLimit, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxTemplateBytes, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MemoryLimit, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.RegexTimeout, TimeSpan.Zero, nameof(options));
        _options = options;
    }

    /// <summary>Renders <paramref name="report"/> in <paramref name="format"/> to <paramref name="output"/>.</summary>
    /// <remarks>Nothing is written when a template fails, so a partial memo never reaches the output.</remarks>
    /// <exception cref="MemoTemplateException">A template is missing, malformed, or failed while rendering.</exception>
    public void Render(AdviceReport report, MemoFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        // Each format lives behind its own non-inlined method so that rendering Markdown or JSON never makes the
        // JIT load Markdig or OpenXml (cold start of `--format md`).
        switch (format)
        {
            case MemoFormat.Markdown:
                WriteText(RenderMarkdown(report), output);
                break;
            case MemoFormat.Json:
                RenderJson(report, output);
                break;
            case MemoFormat.Html:
                RenderHtml(report, RenderMarkdown(report), output);
                break;
            case MemoFormat.Docx:
                RenderDocx(report, RenderMarkdown(report), output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown memo format.");
        }
    }

    private string RenderMarkdown(AdviceReport report) => new MarkdownMemoRenderer(_options).Render(report);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RenderJson(AdviceReport report, Stream output) => Json.JsonMemoWriter.Write(report, output);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RenderHtml(AdviceReport report, string markdown, Stream output) => WriteText(Html.HtmlMemoWriter.Write(markdown, report), output);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RenderDocx(AdviceReport report, string markdown, Stream output) =>
        Docx.DocxMemoWriter.Write(markdown, report.Situation.AsOf, output);

    private static void WriteText(string text, Stream output)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        output.Write(bytes, 0, bytes.Length);
    }
}
