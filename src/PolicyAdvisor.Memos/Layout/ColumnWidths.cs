using MdTable = Markdig.Extensions.Tables.Table;

namespace PolicyAdvisor.Memos.Layout;

/// <summary>
/// Shares a table's width among its columns by their measured content, in the spirit of a browser's automatic
/// table layout: every column first gets what its content needs for no word to break (or, when the words do not
/// all fit, for no stretch between hyphens and slashes to break), then the rest goes to the columns in proportion
/// to the text they still have to wrap. When even the stretches do not fit, <see cref="ShortestLayout"/> picks the
/// widths. Used by the Word writer (grid widths) and the HTML writer (column percentages), so
/// both formats lay a table out alike whatever the memo's tables hold.
/// </summary>
internal static class ColumnWidths
{
    // No single unbreakable token may claim more than this share of the table: a longer one breaks instead.
    private const double MaxTokenShare = 0.5;


    /// <summary>Each column's share of the table's width; the shares add up to 1.</summary>
    /// <param name="table">The Markdown table.</param>
    /// <param name="available">The table's width, in ems of its font.</param>
    /// <param name="padding">Cell padding and border, left and right together, in ems.</param>
    public static double[] Fit(MdTable table, double available, double padding)
    {
        var text = TableText.Of(table);
        var cap = available * MaxTokenShare;
        var columns = Enumerable.Range(0, text.Columns).ToArray();
        var line = columns.Select(c => text.Column(c).Max(t => t.WidestLine) + padding).ToArray();
        var word = columns.Select(c => Math.Min(text.Column(c).Max(t => t.WidestWord), cap) + padding).ToArray();
        var piece = columns.Select(c => Math.Min(text.Column(c).Max(t => t.WidestStretch), cap) + padding).ToArray();

        double[] widths;
        if (line.Sum() <= available)
        {
            // Everything fits on one line: spread the spare room in proportion to each column's text.
            widths = Grow(line, line, available);
        }
        else if (word.Sum() <= available)
        {
            widths = Grow(word, Gap(line, word), available);
        }
        else if (piece.Sum() <= available)
        {
            widths = Grow(piece, Gap(line, piece), available);
        }
        else
        {
            var shortest = ShortestLayout.Widths(text, piece, padding, available);
            widths = Grow(shortest, Gap(line, shortest), available);
        }

        var total = widths.Sum();
        return widths.Select(w => w / total).ToArray();
    }

    private static double[] Gap(double[] wide, double[] narrow) => wide.Zip(narrow, (w, n) => Math.Max(0, w - n)).ToArray();

    // Adds available - sum(start) to the columns in proportion to weight (evenly when every weight is zero).
    private static double[] Grow(double[] start, double[] weight, double available)
    {
        var spare = available - start.Sum();
        var totalWeight = weight.Sum();
        return start
            .Select((s, i) => s + (totalWeight > 0 ? spare * weight[i] / totalWeight : spare / start.Length))
            .ToArray();
    }
}
