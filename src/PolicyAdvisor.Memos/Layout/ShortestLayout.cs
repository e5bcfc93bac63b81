namespace PolicyAdvisor.Memos.Layout;

/// <summary>
/// Column widths for a table too narrow for its text, where some words must break inside: the widths that make
/// the table cheapest to read. A line of the table's height costs 1; each break inside a word costs 4 (20 in the
/// header row, which names the column), so a word cut in three costs twice what a word cut in two does; each
/// cell's own lines settle ties. The search is greedy, then trades width
/// between columns while a trade lowers the cost; it works in steps of half a percent of the table.
/// </summary>
internal static class ShortestLayout
{
    private const double StepShare = 0.005;
    private const double TableLineCost = 1000;
    private const double BrokenWordCost = 4000;
    private const double HeaderBreakFactor = 5;

    // How many steps a single move may take at once, so that a move can jump a plateau where a step alone helps nothing.
    private static readonly int[] Moves = [1, 2, 4, 8, 16, 32];

    /// <summary>Widths in ems that add up to no more than <paramref name="available"/>; the caller hands out what is left.</summary>
    /// <param name="text">The measured table.</param>
    /// <param name="piece">Each column's widest unbreakable stretch plus padding: no column gets more than it needs for it to begin with.</param>
    /// <param name="padding">Cell padding, in ems.</param>
    /// <param name="available">The table's width, in ems.</param>
    public static double[] Widths(TableText text, double[] piece, double padding, double available)
    {
        var layout = new Layout(text, padding, piece.Select(p => Math.Min(p, available / (2.0 * text.Columns))).ToArray());
        var step = available * StepShare;

        // Grow: the spare room goes where it saves the most per em.
        while (Best(layout, step, available - layout.Widths.Sum(), from: null) is { } grow)
        {
            layout.Move(grow.From, grow.To, grow.Amount);
        }

        // Trade: width moves from one column to another while that lowers the cost.
        while (Best(layout, step, 0, from: Enumerable.Range(0, text.Columns)) is { } trade)
        {
            layout.Move(trade.From, trade.To, trade.Amount);
        }

        return layout.Widths;
    }

    // The move that lowers the cost most per em: from the spare room (from == null), or from another column.
    private static (int From, int To, double Amount)? Best(Layout layout, double step, double spare, IEnumerable<int>? from)
    {
        var cost = layout.Cost();
        (int From, int To, double Amount)? best = null;
        var bestGain = 0.0;
        foreach (var source in from?.ToArray() ?? [-1])
        {
            for (var target = 0; target < layout.Widths.Length; target++)
            {
                foreach (var amount in Moves.Select(k => k * step))
                {
                    var affordable = source < 0 ? amount <= spare : target != source && layout.Widths[source] - amount >= layout.Padding + 1;
                    if (!affordable)
                    {
                        continue;
                    }

                    var gain = (cost - layout.CostIf(source, target, amount)) / amount;
                    if (gain > bestGain + 1e-9)
                    {
                        (best, bestGain) = ((source, target, amount), gain);
                    }
                }
            }
        }

        return best;
    }

    // Column widths with each column's cells laid out at its width, kept up to date as width moves.
    private sealed class Layout(TableText text, double padding, double[] widths)
    {
        private readonly (int Lines, int Broken)[][] _lines =
            Enumerable.Range(0, text.Columns).Select(c => LinesOf(text, c, widths[c] - padding)).ToArray();

        public double[] Widths { get; } = widths;

        public double Padding => padding;

        public void Move(int from, int to, double amount)
        {
            if (from >= 0)
            {
                Widths[from] -= amount;
                _lines[from] = LinesOf(text, from, Widths[from] - padding);
            }

            Widths[to] += amount;
            _lines[to] = LinesOf(text, to, Widths[to] - padding);
        }

        public double Cost() => Cost(_lines);

        public double CostIf(int from, int to, double amount)
        {
            var lines = ((int Lines, int Broken)[][])_lines.Clone();
            if (from >= 0)
            {
                lines[from] = LinesOf(text, from, Widths[from] - amount - padding);
            }

            lines[to] = LinesOf(text, to, Widths[to] + amount - padding);
            return Cost(lines);
        }

        private double Cost((int Lines, int Broken)[][] lines)
        {
            var cost = 0.0;
            for (var r = 0; r < text.Rows.Count; r++)
            {
                var tallest = 0;
                var breakCost = text.IsHeader(r) ? HeaderBreakFactor * BrokenWordCost : BrokenWordCost;
                foreach (var column in lines)
                {
                    tallest = Math.Max(tallest, column[r].Lines);
                    cost += column[r].Lines + (column[r].Broken * breakCost);
                }

                cost += tallest * TableLineCost;
            }

            return cost;
        }

        private static (int Lines, int Broken)[] LinesOf(TableText text, int column, double width) =>
            text.Column(column).Select(cell => cell.Lines(width)).ToArray();
    }
}
