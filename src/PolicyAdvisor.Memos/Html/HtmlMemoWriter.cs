using System.Net;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using PolicyAdvisor.Advice.Reports;

namespace PolicyAdvisor.Memos.Html;

/// <summary>
/// Converts the Markdown memo into a self-contained HTML5 page: Markdig with its advanced extensions (pipe
/// tables among them, with column widths from <see cref="HtmlLayout"/>), the stylesheet embedded (screen and
/// print), the first heading as the page title. Given the report, each claim id links to its citation
/// (paraphrase on hover) and each recommendation opens to its proof chain.
/// </summary>
internal static class HtmlMemoWriter
{
    private const string StylesheetResource = "PolicyAdvisor.Memos.Html.memo.css";

    /// <summary>The full HTML page for <paramref name="markdown"/>, enriched from <paramref name="report"/> when given.</summary>
    public static string Write(string markdown, AdviceReport? report = null)
    {
        var pipeline = MemoMarkdown.Pipeline();
        var document = Markdown.Parse(markdown, pipeline);
        if (report is not null)
        {
            var paraphrases = report.Sources.SelectMany(s => s.Claims).ToDictionary(c => c.ClaimId, c => c.Paraphrase, StringComparer.Ordinal);
            ProofChains.Apply(document, report, paraphrases);
            ClaimLinks.Apply(document, paraphrases);
        }

        var printRules = HtmlLayout.Prepare(document);

        using var body = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(body);
        pipeline.Setup(renderer);
        renderer.Render(document);
        body.Flush();

        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"PolicyAdvisor\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(MemoMarkdown.Title(document))).Append("</title>\n")
            .Append("<style>\n").Append(Stylesheet()).Append(printRules).Append("</style>\n</head>\n<body>\n<main class=\"memo\">\n")
            .Append(body.ToString())
            .Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static string Stylesheet()
    {
        using var stream = typeof(HtmlMemoWriter).Assembly.GetManifestResourceStream(StylesheetResource)
            ?? throw new InvalidOperationException($"Embedded stylesheet missing. Resource={StylesheetResource}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
