using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PolicyAdvisor.Memos.Html;

/// <summary>The Markdown dialect memos are read in (shared by the HTML and Word writers) and small AST helpers.</summary>
internal static class MemoMarkdown
{
    /// <summary>Markdig's advanced extensions, which include pipe tables.</summary>
    public static MarkdownPipeline Pipeline() => new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>The plain text of the first heading, or "Memo" when there is none.</summary>
    public static string Title(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().FirstOrDefault() is { Inline: { } inline } ? PlainText(inline) : "Memo";

    /// <summary>The text of an inline container with the markup dropped.</summary>
    public static string PlainText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
