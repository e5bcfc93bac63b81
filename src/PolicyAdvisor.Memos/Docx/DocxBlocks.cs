using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using PolicyAdvisor.Memos.Html;
using MdTable = Markdig.Extensions.Tables.Table;

namespace PolicyAdvisor.Memos.Docx;

/// <summary>
/// Turns Markdown blocks (headings, paragraphs, lists, tables, quotes, code, rules) into Word body content. A
/// paragraph that introduces what follows (a run-in heading such as "Why.", or text followed by a list or table)
/// is kept on the page of what it introduces, as are the lines of one list item.
/// </summary>
internal sealed class DocxBlocks(Body body, DocxNumbering numbering)
{
    /// <summary>
    /// Appends every block of <paramref name="document"/> to the body, except the lines that repeat
    /// <paramref name="marking"/>: the page header and footer carry it.
    /// </summary>
    public void AddAll(MarkdownDocument document, string? marking)
    {
        foreach (var block in document.Where(b => !MemoMarkdown.IsMarkingLine(b, marking)))
        {
            Add(block, body, depth: -1, style: null);
        }
    }

    private void Add(Block block, OpenXmlElement parent, int depth, string? style)
    {
        switch (block)
        {
            case HeadingBlock heading:
                parent.Append(Paragraph(Properties(DocxStyles.Heading(heading.Level)), DocxInlines.Runs(heading.Inline, default)));
                break;
            case ParagraphBlock paragraph:
                parent.Append(Paragraph(KeptWithNext(Indented(style, depth), LeadsIn(paragraph)), DocxInlines.Runs(paragraph.Inline, default)));
                break;
            case ListBlock list:
                AddList(list, parent, depth + 1);
                break;
            case MdTable table:
                parent.Append(DocxTable.Build(table));
                // A hairline paragraph after each table: LibreOffice ignores keep-with-next on a paragraph that
                // directly follows a table, which left a heading there alone at the foot of a page.
                parent.Append(new Paragraph(new ParagraphProperties(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact })));
                break;
            case QuoteBlock quote:
                AddChildren(quote, parent, depth, DocxStyles.QuoteStyle);
                break;
            case ThematicBreakBlock:
                parent.Append(new Paragraph(new ParagraphProperties(new ParagraphBorders(
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Color = "9AA3AD", Space = 1 }))));
                break;
            case LeafBlock leaf:
                // Code, HTML and any other leaf keep their lines verbatim, one paragraph per line.
                foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
                {
                    parent.Append(Paragraph(Indented(DocxStyles.CodeStyle, depth), [DocxInlines.Text(line.ToString(), default)]));
                }

                break;
            case ContainerBlock container:
                AddChildren(container, parent, depth, style);
                break;
        }
    }

    private void AddChildren(ContainerBlock container, OpenXmlElement parent, int depth, string? style)
    {
        foreach (var child in container)
        {
            Add(child, parent, depth, style);
        }
    }

    private void AddList(ListBlock list, OpenXmlElement parent, int depth)
    {
        var numId = list.IsOrdered
            ? numbering.NewOrdered(int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1)
            : numbering.Bullets;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    var properties = new ParagraphProperties(new NumberingProperties(
                        new NumberingLevelReference { Val = Math.Min(depth, 3) },
                        new NumberingId { Val = numId }));
                    parent.Append(Paragraph(KeptWithNext(properties, item.Count > 1), DocxInlines.Runs(paragraph.Inline, default)));
                }
                else
                {
                    Add(child, parent, depth, style: null);
                }

                first = false;
            }
        }
    }

    /// <summary>A paragraph of <paramref name="runs"/> with <paramref name="properties"/>, if any.</summary>
    public static Paragraph Paragraph(ParagraphProperties? properties, IEnumerable<OpenXmlElement> runs)
    {
        var paragraph = new Paragraph();
        if (properties is not null)
        {
            paragraph.Append(properties);
        }

        paragraph.Append(runs);
        return paragraph;
    }

    // A run-in heading ("**Why.**") or a paragraph right before a list or table introduces what follows. Not a
    // paragraph right under a heading: the heading already keeps with it, and LibreOffice breaks a chain of two
    // keep-with-next paragraphs at the first, leaving the heading alone at the foot of the page.
    private static bool LeadsIn(ParagraphBlock paragraph)
    {
        if (MemoMarkdown.BoldOnly(paragraph))
        {
            return true;
        }

        var siblings = paragraph.Parent;
        var index = siblings?.IndexOf(paragraph) ?? -1;
        return siblings is not null && index >= 0 && index + 1 < siblings.Count && siblings[index + 1] is ListBlock or MdTable
            && (index == 0 || siblings[index - 1] is not HeadingBlock);
    }

    private static ParagraphProperties? KeptWithNext(ParagraphProperties? properties, bool keep)
    {
        if (!keep)
        {
            return properties;
        }

        properties ??= new ParagraphProperties();
        properties.KeepNext = new KeepNext(); // the typed setter puts it where the schema wants it
        return properties;
    }

    private static ParagraphProperties? Properties(string? style) =>
        style is null ? null : new ParagraphProperties(new ParagraphStyleId { Val = style });

    // A paragraph that continues a list item sits at the item's indentation, without a bullet of its own.
    private static ParagraphProperties? Indented(string? style, int depth)
    {
        var properties = Properties(style);
        if (depth < 0)
        {
            return properties;
        }

        properties ??= new ParagraphProperties();
        properties.Append(new Indentation { Left = DocxNumbering.IndentOf(Math.Min(depth, 3)).ToString(CultureInfo.InvariantCulture) });
        return properties;
    }
}
