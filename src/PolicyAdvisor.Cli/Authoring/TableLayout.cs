namespace PolicyAdvisor.Cli.Authoring;

/// <summary>
/// Fits a table into a terminal's width: columns are narrowed, widest first, among those allowed to give way;
/// cells are then wrapped on word boundaries or cut with an ellipsis, never broken inside a word or an id.
/// </summary>
internal static class TableLayout
{
    /// <summary>Spectre's default table spends one border per column plus one, and a space each side of a cell.</summary>
    public static int Overhead(int columns) => (3 * columns) + 1;

    /// <summary>The width of each column so that the whole table fits <paramref name="width"/> where it can.</summary>
    public static int[] Widths(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows, int width)
    {
        var natural = columns.Select((c, i) => rows.Select(r => r[i].Length).Append(c.Header.Length).Max()).ToArray();
        var widths = (int[])natural.Clone();
        var available = width - Overhead(columns.Count);

        // Flexible columns first; ids and numbers only when nothing else is left to give.
        foreach (var givers in new[] { columns.Select((c, i) => c.Fit == CellFit.Keep ? -1 : i), columns.Select((_, i) => i) })
        {
            var candidates = givers.Where(i => i >= 0).ToArray();
            while (widths.Sum() > available && candidates.Any(i => widths[i] > Minimum(columns[i])))
            {
                var widest = candidates.Where(i => widths[i] > Minimum(columns[i])).MaxBy(i => widths[i]);
                widths[widest]--;
            }
        }

        return widths;
    }

    /// <summary>The lines of one cell at <paramref name="width"/>.</summary>
    public static IReadOnlyList<string> Fit(string text, int width, CellFit fit)
    {
        if (text.Length <= width)
        {
            return [text];
        }

        return fit switch
        {
            CellFit.Wrap => Wrap(text, width),
            CellFit.TruncateStart => ["…" + text[^(width - 1)..]],
            _ => [text[..(width - 1)].TrimEnd() + "…"],
        };
    }

    private static int Minimum(TableColumn column) => Math.Max(column.Header.Length, column.Fit == CellFit.Keep ? 4 : 8);

    // Greedy word wrap; a word longer than the line is cut with an ellipsis rather than split.
    private static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = word.Length > width ? word[..(width - 1)] + "…" : word;
            if (line.Length == 0)
            {
                line = piece;
            }
            else if (line.Length + 1 + piece.Length <= width)
            {
                line += " " + piece;
            }
            else
            {
                lines.Add(line);
                line = piece;
            }
        }

        lines.Add(line);
        return lines;
    }
}
