using System.Globalization;
using System.Security;

namespace PolicyAdvisor.Cli.Analysis;

/// <summary>
/// Text for hand-drawn SVG: escaping, numbers written the same on every machine, and wrapping to a width by an
/// estimate of the sans-serif face (no font file at hand, so the estimate leans wide).
/// </summary>
internal static class SvgText
{
    /// <summary>Estimated width of one character of 11 px sans-serif, in pixels.</summary>
    public const double CharWidth = 6.6;

    /// <summary>The same for bold.</summary>
    public const double BoldCharWidth = 7.3;

    public static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="text"/> cut into lines of at most <paramref name="width"/> pixels, after a space or after
    /// one of <paramref name="breakAfter"/>; a piece longer than a line gets a line of its own.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double width, double charWidth, string breakAfter = " ")
    {
        var max = Math.Max(1, (int)(width / charWidth));
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var piece in Pieces(text, breakAfter))
        {
            if (line.Length > 0 && (line + piece).TrimEnd().Length > max)
            {
                lines.Add(line.TrimEnd());
                line = string.Empty;
            }

            line += piece;
        }

        if (line.Trim().Length > 0)
        {
            lines.Add(line.TrimEnd());
        }

        return lines;
    }

    /// <summary>
    /// A multi-line text element, one tspan per line <paramref name="lineHeight"/> pixels apart, the first line's
    /// baseline at <paramref name="y"/>; <paramref name="inner"/> (already SVG) goes inside the element after them.
    /// </summary>
    public static string Lines(IReadOnlyList<string> lines, double x, double y, double lineHeight, string attributes = "", string inner = "") =>
        Invariant($"<text x=\"{x}\" y=\"{y}\"{attributes}>")
        + string.Concat(lines.Select((l, i) => Invariant($"<tspan x=\"{x}\" dy=\"{(i == 0 ? 0 : lineHeight)}\">{Escape(l)}</tspan>")))
        + inner + "</text>\n";

    private static IEnumerable<string> Pieces(string text, string breakAfter)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (breakAfter.Contains(text[i], StringComparison.Ordinal))
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
