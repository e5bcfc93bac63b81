using System.Globalization;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyAdvisor.Memos.Layout;
using MdTable = Markdig.Extensions.Tables.Table;

namespace PolicyAdvisor.Memos.Html;

/// <summary>
/// Prepares the memo's syntax tree for the page: each table gets column widths from its content (Markdig writes
/// them as <c>&lt;col style="width:…%"&gt;</c>, and the stylesheet lays tables out with them), the marking lines a
/// class of their own, and the printed page the marking at its top and foot.
/// </summary>
internal static class HtmlLayout
{
    // The memo's text column, on screen (52rem less 3rem padding a side) as on an A4 or Letter page, is about 52
    // ems of the table font (.92 of the body's size). The width estimate is made on DejaVu Serif, which runs wider
    // than the stylesheet's Georgia or Times, so the column holds a little more than that in estimated ems; 54
    // leaves room for the bold header row.
    private const double AvailableEm = 54;

    // Cell padding (.45em a side) and a border.
    private const double CellPaddingEm = 1.0;

    /// <summary>
    /// Sets the column widths and marks the marking lines in <paramref name="document"/>; returns the print rules
    /// that carry the marking onto every printed page, or an empty string when the memo has no marking.
    /// </summary>
    public static string Prepare(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<MdTable>())
        {
            var shares = ColumnWidths.Fit(table, AvailableEm, CellPaddingEm);
            for (var i = 0; i < table.ColumnDefinitions.Count && i < shares.Length; i++)
            {
                table.ColumnDefinitions[i].Width = (float)Math.Round(shares[i] * 100, 2);
            }

            AllowBreaksAfterSlashes(table);
        }

        var marking = MemoMarkdown.Marking(document);
        foreach (var line in document.Where(b => MemoMarkdown.IsMarkingLine(b, marking)))
        {
            line.GetAttributes().AddClass("marking");
        }

        return marking is null
            ? string.Empty
            : $"@page {{\n  @top-center {{ content: {CssString(marking)}; }}\n  @bottom-center {{ content: {CssString(marking)} \"\\A Page \" counter(page) \" of \" counter(pages); }}\n}}\n";
    }

    // Browsers break a line after a hyphen but not after a slash; the widths above count on both (a file path
    // wraps at its folders), so each slash in a table's text gets a <wbr> after it. Copied text stays the same.
    private static void AllowBreaksAfterSlashes(MdTable table)
    {
        foreach (var literal in table.Descendants<LiteralInline>().Where(l => l.Content.IndexOf('/') >= 0).ToList())
        {
            var text = literal.Content.ToString();
            Inline last = literal;
            var start = 0;
            for (var slash = text.IndexOf('/', StringComparison.Ordinal); slash >= 0 && slash < text.Length - 1; slash = text.IndexOf('/', start))
            {
                last = Append(Append(last, new LiteralInline(text[start..(slash + 1)])), new HtmlInline("<wbr>"));
                start = slash + 1;
            }

            Append(last, new LiteralInline(text[start..]));
            literal.Remove();
        }
    }

    private static Inline Append(Inline after, Inline next)
    {
        after.InsertAfter(next);
        return next;
    }

    // A CSS string literal; anything that could end the string or the style element is written as an escape.
    private static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                css.Append('\\').Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                css.Append(c);
            }
        }

        return css.Append('"').ToString();
    }
}
