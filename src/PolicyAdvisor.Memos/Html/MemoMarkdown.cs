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

    /// <summary>
    /// The memo's marking (its classification, e.g. "UNCLASSIFIED // FOR DISCUSSION"): the text of the first block
    /// when that block is a paragraph set wholly in bold with the memo's title heading after it, as the templates
    /// write it; null when the memo has none.
    /// </summary>
    public static string? Marking(MarkdownDocument document) =>
        document.FirstOrDefault() is ParagraphBlock first && BoldOnly(first) && document.Skip(1).OfType<HeadingBlock>().Any()
            ? PlainText(first.Inline!).Trim()
            : null;

    /// <summary>
    /// Whether <paramref name="block"/> is a line that repeats the marking at the top level of the memo (the
    /// templates write it first and last), which the page header and footer carry instead.
    /// </summary>
    public static bool IsMarkingLine(Block block, string? marking) =>
        marking is not null && block is ParagraphBlock { Parent: MarkdownDocument } paragraph && BoldOnly(paragraph)
        && string.Equals(PlainText(paragraph.Inline!).Trim(), marking, StringComparison.Ordinal);

    /// <summary>Whether the paragraph's text is all one bold span (a classification line, or a run-in heading such as "Why.").</summary>
    public static bool BoldOnly(ParagraphBlock paragraph) =>
        paragraph.Inline is { } inline
        && inline.Where(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()).ToList() is [EmphasisInline { DelimiterChar: '*' or '_', DelimiterCount: 2 }];

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
