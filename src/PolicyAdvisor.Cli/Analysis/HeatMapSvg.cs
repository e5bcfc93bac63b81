using System.Globalization;
using System.Security;
using System.Text;
using PolicyAdvisor.Advice.Analysis;

namespace PolicyAdvisor.Cli.Analysis;

/// <summary>
/// Draws the heat map as SVG by hand: options down the side, each value of each key uncertainty across the top,
/// each cell shaded by the share of futures with that value in which the option is advised.
/// </summary>
internal static class HeatMapSvg
{
    private const int Cell = 64;
    private const int RowHeight = 24;
    private const int Left = 300;
    private const int Top = 110;

    /// <summary>The SVG document for <paramref name="result"/>.</summary>
    public static string Draw(SweepResult result)
    {
        var columns = result.Dimensions.SelectMany((d, i) => Enumerable.Range(0, d.Values.Count).Select(v => (Dimension: i, Value: v))).ToArray();
        var width = Left + (columns.Length * Cell) + 80;
        var height = Top + (result.Options.Count * RowHeight) + 40;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"11\">\n"));
        svg.Append(Invariant($"<title>Share of futures in which each option is advised, by value of each key uncertainty ({result.MethodName}, {result.Scenarios} scenarios)</title>\n"));
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        var x = Left;
        foreach (var (dimension, index) in result.Dimensions.Select((d, i) => (d, i)))
        {
            var span = dimension.Values.Count * Cell;
            svg.Append(Invariant($"<text x=\"{x + (span / 2)}\" y=\"20\" text-anchor=\"middle\" font-weight=\"bold\">{Escape(dimension.Name)}</text>\n"));
            svg.Append(Invariant($"<line x1=\"{x}\" y1=\"26\" x2=\"{x + span - 4}\" y2=\"26\" stroke=\"#555\"/>\n"));
            x += span;
        }

        for (var c = 0; c < columns.Length; c++)
        {
            var label = result.Dimensions[columns[c].Dimension].Labels[columns[c].Value];
            var cx = Left + (c * Cell) + (Cell / 2);
            svg.Append(Invariant($"<text transform=\"translate({cx},{Top - 6}) rotate(-40)\">{Escape(label)}</text>\n"));
        }

        for (var r = 0; r < result.Options.Count; r++)
        {
            var option = result.Options[r];
            var y = Top + (r * RowHeight);
            var name = option.Title.Length > 44 ? option.Title[..43] + "…" : option.Title;
            svg.Append(Invariant($"<text x=\"{Left - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{Escape(name)}<title>{Escape(option.OptionId)}</title></text>\n"));
            for (var c = 0; c < columns.Length; c++)
            {
                var share = option.ShareByValue[columns[c].Dimension][columns[c].Value];
                var fill = share is { } s ? Shade(s) : "#dddddd";
                var text = share is { } t ? Math.Round(t * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) : "–";
                var cellX = Left + (c * Cell);
                svg.Append(Invariant($"<rect x=\"{cellX}\" y=\"{y}\" width=\"{Cell - 2}\" height=\"{RowHeight - 2}\" fill=\"{fill}\"/>"));
                svg.Append(Invariant($"<text x=\"{cellX + (Cell / 2)}\" y=\"{y + 15}\" text-anchor=\"middle\" fill=\"{(share > 0.6 ? "white" : "black")}\">{text}</text>\n"));
            }

            svg.Append(Invariant($"<text x=\"{Left + (columns.Length * Cell) + 6}\" y=\"{y + 16}\">{(option.Robust ? "robust" : string.Empty)}</text>\n"));
        }

        svg.Append(Invariant($"<text x=\"{Left}\" y=\"{height - 12}\">Cells: % of futures with that value in which the option is advised (likelihood-weighted).</text>\n"));
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    // White (never advised) to a dark blue (always advised).
    private static string Shade(double share)
    {
        var s = Math.Clamp(share, 0, 1);
        var r = (int)Math.Round(255 - (s * (255 - 16)));
        var g = (int)Math.Round(255 - (s * (255 - 78)));
        var b = (int)Math.Round(255 - (s * (255 - 139)));
        return Invariant($"#{r:x2}{g:x2}{b:x2}");
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
