using System.Text;
using PolicyAdvisor.Advice.Analysis;
using static PolicyAdvisor.Cli.Analysis.SvgText;

namespace PolicyAdvisor.Cli.Analysis;

/// <summary>
/// Draws the heat map as SVG by hand: options down the side (titles wrapped, never cut), each value of each key
/// uncertainty across the top, grouped under its field with a gap and a band between groups, each cell shaded by
/// the share of futures with that value in which the option is advised, and a legend underneath.
/// </summary>
internal static class HeatMapSvg
{
    private const int Margin = 16;
    private const int LabelWidth = 260;
    private const int MinCell = 56;
    private const int GroupGap = 14;
    private const int LineHeight = 13;
    private const int RowPadding = 8;
    private const int MinRowHeight = 24;
    private const int TitleHeight = 58;
    private const int MaxCell = 96;
    private const int RobustWidth = 56;
    private const double Sin45 = 0.7071;

    /// <summary>The SVG document for <paramref name="result"/>.</summary>
    public static string Draw(SweepResult result)
    {
        var groups = Groups(result);
        var longestLabel = result.Dimensions.SelectMany(d => d.Labels).Select(l => l.Length).DefaultIfEmpty(1).Max() * CharWidth;
        var valueLabelHeight = (int)Math.Ceiling((longestLabel * Sin45) + 12);
        var headerTop = Margin + TitleHeight;
        var ruleY = headerTop + (groups.Select(g => g.Header.Count).DefaultIfEmpty(1).Max() * LineHeight) - 6;
        var gridTop = ruleY + valueLabelHeight;
        var rows = result.Options.Select(o => Wrap(o.Title, LabelWidth, CharWidth)).ToList();
        var rowHeights = rows.Select(r => Math.Max(MinRowHeight, (r.Count * LineHeight) + RowPadding)).ToList();
        var gridLeft = Margin + LabelWidth + 10;
        var gridRight = groups.Count == 0 ? gridLeft : groups[^1].X + groups[^1].Width;
        var gridBottom = gridTop + rowHeights.Sum();

        // The last column's value label slants up and to the right, past the grid.
        var overhang = groups.Count == 0 ? 0 : (int)Math.Ceiling((result.Dimensions[groups[^1].Dimension].Labels.Select(l => l.Length).DefaultIfEmpty(0).Max() * CharWidth * Sin45) - (groups[^1].Cell / 2.0));
        var width = gridRight + Math.Max(RobustWidth, overhang + 8) + Margin;

        var legend = HeatMapLegend.Draw(result, gridLeft, gridBottom + 24, Math.Max(width - gridLeft - Margin, 360));
        var height = legend.Bottom + Margin;
        width = Math.Max(width, legend.Right + Margin);

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"11\">\n"));
        svg.Append(Invariant($"<title>Share of futures in which each option is advised, by value of each key uncertainty ({result.MethodName}, {result.Scenarios} scenarios)</title>\n"));
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.Append(Invariant($"<text x=\"{Margin}\" y=\"{Margin + 14}\" font-size=\"14\" font-weight=\"bold\">Share of futures in which each option is advised</text>\n"));
        svg.Append(Invariant($"<text x=\"{Margin}\" y=\"{Margin + 32}\" fill=\"#444\">by value of each key uncertainty; {result.MethodName}, {result.Scenarios} scenarios, likelihood-weighted</text>\n"));

        // Bands first, so no group's band covers a neighbour's slanted labels.
        foreach (var group in groups)
        {
            svg.Append(Invariant($"<rect x=\"{group.X - (GroupGap / 2)}\" y=\"{headerTop - 14}\" width=\"{group.Width + GroupGap}\" height=\"{gridBottom - headerTop + 18}\" fill=\"{(group.Dimension % 2 == 0 ? "#eef1f6" : "#f7f8fa")}\"/>\n"));
        }

        foreach (var group in groups)
        {
            DrawGroup(svg, result.Dimensions[group.Dimension], group, ruleY, gridTop);
        }

        var y = gridTop;
        for (var r = 0; r < result.Options.Count; r++)
        {
            DrawRow(svg, result.Options[r], rows[r], groups, gridLeft, gridRight, y, rowHeights[r]);
            y += rowHeights[r];
        }

        svg.Append(legend.Svg);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    // One key uncertainty's columns: the field's name (wrapped within the group, its last line just above the
    // rule every group shares), the rule, and each value's label slanted above its column (bold for the value the
    // situation states).
    private static void DrawGroup(StringBuilder svg, SweepDimension dimension, Group group, int ruleY, int gridTop)
    {
        var firstBaseline = ruleY - 5 - ((group.Header.Count - 1) * LineHeight);
        svg.Append(Lines(group.Header, group.X + (group.Width / 2.0), firstBaseline, LineHeight, " text-anchor=\"middle\" font-weight=\"bold\"", Invariant($"<title>{Escape(dimension.Phrase)}</title>")));
        svg.Append(Invariant($"<line x1=\"{group.X}\" y1=\"{ruleY}\" x2=\"{group.X + group.Width - 2}\" y2=\"{ruleY}\" stroke=\"#555\"/>\n"));
        for (var v = 0; v < dimension.Values.Count; v++)
        {
            var cx = group.X + (v * group.Cell) + (group.Cell / 2);
            var stated = v == dimension.StatedIndex ? " font-weight=\"bold\"" : string.Empty;
            svg.Append(Invariant($"<text transform=\"translate({cx - 4},{gridTop - 6}) rotate(-45)\"{stated}>{Escape(dimension.Labels[v])}</text>\n"));
        }
    }

    private static void DrawRow(StringBuilder svg, OptionOutcome option, IReadOnlyList<string> label, IReadOnlyList<Group> groups, int gridLeft, int gridRight, int y, int height)
    {
        var firstBaseline = y + ((height - (label.Count * LineHeight)) / 2) + 10;
        svg.Append(Lines(label, gridLeft - 10, firstBaseline, LineHeight, " text-anchor=\"end\"", Invariant($"<title>{Escape(option.OptionId)}</title>")));
        foreach (var group in groups)
        {
            for (var v = 0; v < group.Values; v++)
            {
                var share = option.ShareByValue[group.Dimension][v];
                var x = group.X + (v * group.Cell);
                var text = share is { } s ? Math.Round(s * 100, MidpointRounding.AwayFromZero).ToString("0", System.Globalization.CultureInfo.InvariantCulture) : "–";
                svg.Append(Invariant($"<rect x=\"{x}\" y=\"{y + 1}\" width=\"{group.Cell - 2}\" height=\"{height - 2}\" fill=\"{(share is { } f ? Shade(f) : NoData)}\"/>"));
                svg.Append(Invariant($"<text x=\"{x + (group.Cell / 2)}\" y=\"{y + (height / 2) + 4}\" text-anchor=\"middle\" fill=\"{(share > 0.6 ? "white" : "black")}\">{text}</text>\n"));
            }
        }

        if (option.Robust)
        {
            svg.Append(Invariant($"<text x=\"{gridRight + 6}\" y=\"{y + (height / 2) + 4}\">robust</text>\n"));
        }
    }

    /// <summary>The colour of a cell no future reached.</summary>
    public const string NoData = "#dddddd";

    /// <summary>White (never advised) to a dark blue (always advised).</summary>
    public static string Shade(double share)
    {
        var s = Math.Clamp(share, 0, 1);
        var r = (int)Math.Round(255 - (s * (255 - 16)));
        var g = (int)Math.Round(255 - (s * (255 - 78)));
        var b = (int)Math.Round(255 - (s * (255 - 139)));
        return Invariant($"#{r:x2}{g:x2}{b:x2}");
    }

    // Where each key uncertainty's columns go. The field's name breaks at its dot (fact, then field), the cells
    // widening up to a limit so each part fits on a line; a part still too long breaks at hyphens and underscores.
    // Groups stand a gap apart.
    private static List<Group> Groups(SweepResult result)
    {
        var groups = new List<Group>();
        var x = Margin + LabelWidth + 10;
        foreach (var (dimension, index) in result.Dimensions.Select((d, i) => (d, i)))
        {
            var values = Math.Max(1, dimension.Values.Count);
            var parts = Wrap(dimension.Name, 0, BoldCharWidth, ". ");
            var cell = Math.Clamp((int)Math.Ceiling(((parts.Max(p => p.Length) * BoldCharWidth) + 8) / values), MinCell, MaxCell);
            var header = Wrap(dimension.Name, (values * cell) - 8, BoldCharWidth, ".-_ ");
            groups.Add(new Group(index, dimension.Values.Count, x, cell, header));
            x += (values * cell) + GroupGap;
        }

        return groups;
    }

    private sealed record Group(int Dimension, int Values, int X, int Cell, IReadOnlyList<string> Header)
    {
        public int Width => Math.Max(1, Values) * Cell;
    }
}
