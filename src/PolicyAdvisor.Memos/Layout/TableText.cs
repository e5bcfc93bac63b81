using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace PolicyAdvisor.Memos.Layout;

/// <summary>A pipe table's text measured for layout: every row's cells, header cells set in bold.</summary>
internal sealed class TableText
{
    private readonly IReadOnlyList<bool> _header;

    private TableText(IReadOnlyList<IReadOnlyList<CellText>> rows, IReadOnlyList<bool> header, int columns) =>
        (Rows, _header, Columns) = (rows, header, columns);

    /// <summary>The rows, each with one cell per column (an empty one where the row is short).</summary>
    public IReadOnlyList<IReadOnlyList<CellText>> Rows { get; }

    /// <summary>How many columns the table has.</summary>
    public int Columns { get; }

    /// <summary>Whether row <paramref name="row"/> is a header row.</summary>
    public bool IsHeader(int row) => _header[row];

    /// <summary>The cells of column <paramref name="column"/>, top to bottom.</summary>
    public IEnumerable<CellText> Column(int column) => Rows.Select(r => r[column]);

    /// <summary>Measures <paramref name="table"/>.</summary>
    public static TableText Of(MdTable table)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var columns = rows.Select(r => r.Count).DefaultIfEmpty(1).Max();
        var measured = rows.Select(row =>
        {
            var cells = row.OfType<MdTableCell>().Select(cell => Cell(cell, row.IsHeader ? TextFace.SerifBold : TextFace.Serif)).ToList();
            while (cells.Count < columns)
            {
                cells.Add(new CellText());
            }

            return (IReadOnlyList<CellText>)cells;
        }).ToList();
        return new TableText(measured, rows.Select(r => r.IsHeader).ToList(), columns);
    }

    private static CellText Cell(MdTableCell cell, TextFace face)
    {
        var text = new CellText();
        foreach (var paragraph in cell.Descendants<ParagraphBlock>())
        {
            Walk(paragraph.Inline, face, text);
            text.BreakLine();
        }

        return text;
    }

    private static void Walk(ContainerInline? container, TextFace face, CellText text)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Add(literal.Content.AsSpan(), face);
                    break;
                case CodeInline code:
                    text.Add(code.Content.AsSpan(), TextFace.Mono);
                    break;
                case LineBreakInline { IsHard: true }:
                    text.BreakLine();
                    break;
                case LineBreakInline:
                    text.Add(" ", face);
                    break;
                case EmphasisInline { DelimiterChar: '*' or '_', DelimiterCount: >= 2 } strong:
                    Walk(strong, TextFace.SerifBold, text);
                    break;
                case ContainerInline nested:
                    Walk(nested, face, text);
                    break;
            }
        }
    }
}
