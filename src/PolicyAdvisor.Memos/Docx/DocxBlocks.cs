using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace PolicyAdvisor.Memos.Docx;

/// <summary>Turns Markdown blocks (headings, paragraphs, lists, tables, quotes, code, rules) into Word body content.</summary>
internal sealed class DocxBlocks(Body body, DocxNumbering numbering)
{
    /// <summary>Appends every block of <paramref name="document"/> to the body.</summary>
    public void AddAll(MarkdownDocument document)
    {
        foreach (var block in document)
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
                parent.Append(Paragraph(Indented(style, depth), DocxInlines.Runs(paragraph.Inline, default)));
                break;
            case ListBlock list:
                AddList(list, parent, depth + 1);
                break;
            case MdTable table:
                parent.Append(Table(table));
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
                    parent.Append(Paragraph(properties, DocxInlines.Runs(paragraph.Inline, default)));
                }
                else
                {
                    Add(child, parent, depth, style: null);
                }

                first = false;
            }
        }
    }

    private static Table Table(MdTable markdown)
    {
        var columns = markdown.OfType<MdTableRow>().Select(r => r.Count).DefaultIfEmpty(1).Max();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.TableStyle },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0" }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn())));

        foreach (var row in markdown.OfType<MdTableRow>())
        {
            var tableRow = new TableRow();
            if (row.IsHeader)
            {
                tableRow.Append(new TableRowProperties(new TableHeader()));
            }

            foreach (var cell in row.OfType<MdTableCell>())
            {
                var format = new RunFormat(Bold: row.IsHeader);
                var paragraphs = cell.OfType<ParagraphBlock>()
                    .Select(p => Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), DocxInlines.Runs(p.Inline, format)))
                    .DefaultIfEmpty(new Paragraph());
                var tableCell = new TableCell(paragraphs);
                if (row.IsHeader)
                {
                    tableCell.PrependChild(new TableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = "E7EBF0", Color = "auto" }));
                }

                tableRow.Append(tableCell);
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static Paragraph Paragraph(ParagraphProperties? properties, IEnumerable<OpenXmlElement> runs)
    {
        var paragraph = new Paragraph();
        if (properties is not null)
        {
            paragraph.Append(properties);
        }

        paragraph.Append(runs);
        return paragraph;
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
