using System.Text;
using static PolicyAdvisor.Cli.Analysis.SvgText;
using PolicyAdvisor.Advice.Analysis;

namespace PolicyAdvisor.Cli.Analysis;

/// <summary>The heat map's legend: the colour scale with its percentages, the no-data colour, and what the marks mean.</summary>
internal static class HeatMapLegend
{
    private const int Swatch = 36;
    private const int SwatchHeight = 14;
    private static readonly int[] Steps = [0, 25, 50, 75, 100];

    /// <summary>The legend's SVG, drawn from (<paramref name="x"/>, <paramref name="y"/>), and how far it reaches.</summary>
    public static (string Svg, int Right, int Bottom) Draw(SweepResult result, int x, int y, int width)
    {
        var svg = new StringBuilder();
        svg.Append("<g class=\"legend\">\n");
        svg.Append(Invariant($"<text x=\"{x}\" y=\"{y}\" font-weight=\"bold\">Cells: % of the futures with that value in which the option is advised</text>\n"));
        var top = y + 10;
        for (var i = 0; i < Steps.Length; i++)
        {
            var sx = x + (i * Swatch);
            svg.Append(Invariant($"<rect x=\"{sx}\" y=\"{top}\" width=\"{Swatch}\" height=\"{SwatchHeight}\" fill=\"{HeatMapSvg.Shade(Steps[i] / 100.0)}\" stroke=\"#999\" stroke-width=\"0.5\"/>"));
            svg.Append(Invariant($"<text x=\"{sx + (Swatch / 2)}\" y=\"{top + SwatchHeight + 13}\" text-anchor=\"middle\">{Steps[i]}%</text>\n"));
        }

        var noData = x + (Steps.Length * Swatch) + 24;
        svg.Append(Invariant($"<rect x=\"{noData}\" y=\"{top}\" width=\"{Swatch}\" height=\"{SwatchHeight}\" fill=\"{HeatMapSvg.NoData}\" stroke=\"#999\" stroke-width=\"0.5\"/>"));
        svg.Append(Invariant($"<text x=\"{noData + (Swatch / 2)}\" y=\"{top + SwatchHeight - 3}\" text-anchor=\"middle\">–</text>"));
        svg.Append(Invariant($"<text x=\"{noData + Swatch + 6}\" y=\"{top + SwatchHeight - 3}\">no future had this value</text>\n"));

        var notes = new[]
        {
            "Bold value: the one the situation states. Hover a field or an option for its full name or id.",
            SweepText.Robustness(result) + ".",
        };
        var lines = notes.SelectMany(n => Wrap(n, width, CharWidth)).ToList();
        var notesTop = top + SwatchHeight + 34;
        svg.Append(Lines(lines, x, notesTop, 14, " fill=\"#333\""));
        svg.Append("</g>\n");

        var right = Math.Max(noData + Swatch + 6 + (int)(25 * CharWidth), x + (int)(lines.Max(l => l.Length) * CharWidth));
        return (svg.ToString(), right, notesTop + ((lines.Count - 1) * 14) + 6);
    }
}
