using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using PolicyAdvisor.Memos.Layout;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace PolicyAdvisor.Memos.Docx;

/// <summary>
/// Turns a pipe table into a Word table whose column widths follow its content (<see cref="ColumnWidths"/>). The
/// layout is fixed, so Word and LibreOffice both use those widths rather than each guessing its own; a row never
/// splits across pages and the header row repeats on every page the table runs onto.
/// </summary>
internal static class DocxTable
{
    // Cell margins (80 + 80 twips) and the borders, in ems of the table font, with some slack for the estimate.
    private const double CellPaddingEm = 1.1;

    public static Table Build(MdTable markdown)
    {
        var widths = Twips(ColumnWidths.Fit(markdown, (double)DocxStyles.TextWidth / DocxStyles.TableEm, CellPaddingEm));
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.TableStyle },
                new TableWidth { Width = Dxa(DocxStyles.TextWidth), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Dxa(w) })));

        foreach (var row in markdown.OfType<MdTableRow>())
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            if (row.IsHeader)
            {
                tableRow.TableRowProperties!.Append(new TableHeader());
            }

            var column = 0;
            foreach (var cell in row.OfType<MdTableCell>())
            {
                tableRow.Append(Cell(cell, row.IsHeader, widths[Math.Min(column, widths.Length - 1)]));
                column++;
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static TableCell Cell(MdTableCell cell, bool header, int width)
    {
        var format = new RunFormat(Bold: header);
        var properties = new TableCellProperties(new TableCellWidth { Width = Dxa(width), Type = TableWidthUnitValues.Dxa });
        if (header)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E7EBF0", Color = "auto" });
        }

        var paragraphs = cell.OfType<ParagraphBlock>()
            .Select(p => DocxBlocks.Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), DocxInlines.Runs(p.Inline, format)))
            .DefaultIfEmpty(new Paragraph());
        var tableCell = new TableCell(properties);
        tableCell.Append(paragraphs);
        return tableCell;
    }

    // Whole twips that add up to the text width exactly: the rounding remainder goes to the widest column.
    private static int[] Twips(double[] shares)
    {
        var widths = shares.Select(s => (int)Math.Floor(s * DocxStyles.TextWidth)).ToArray();
        var widest = Array.IndexOf(widths, widths.Max());
        widths[widest] += DocxStyles.TextWidth - widths.Sum();
        return widths;
    }

    private static string Dxa(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
