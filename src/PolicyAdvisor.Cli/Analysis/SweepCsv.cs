using System.Globalization;
using System.Text;
using PolicyAdvisor.Advice.Analysis;

namespace PolicyAdvisor.Cli.Analysis;

/// <summary>Writes a sweep's tables as CSV (RFC 4180 quoting, invariant numbers, LF line ends).</summary>
internal static class SweepCsv
{
    /// <summary>One row per option: shares and robustness.</summary>
    public static string Options(SweepResult result)
    {
        var text = new StringBuilder("option,title,advised_as_stated,recommended_share,risk_share,robust\n");
        foreach (var o in result.Options)
        {
            Row(text, o.OptionId, o.Title, Bool(o.StatedRecommended), Number(o.RecommendedShare), Number(o.RiskShare), Bool(o.Robust));
        }

        return text.ToString();
    }

    /// <summary>The heat map's cells: per option and uncertain value, the share recommending the option.</summary>
    public static string HeatMap(SweepResult result)
    {
        var text = new StringBuilder("option,uncertainty,value,likelihood,recommended_share\n");
        foreach (var o in result.Options)
        {
            for (var d = 0; d < result.Dimensions.Count; d++)
            {
                var dimension = result.Dimensions[d];
                for (var v = 0; v < dimension.Values.Count; v++)
                {
                    var share = o.ShareByValue[d][v];
                    Row(text, o.OptionId, dimension.Name, dimension.Labels[v], dimension.Likelihoods[v].Words, share is { } s ? Number(s) : string.Empty);
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The signposts and boxes, one per row.</summary>
    public static string Signposts(SweepResult result)
    {
        var text = new StringBuilder("option,change,kind,text\n");
        foreach (var s in result.Signposts)
        {
            Row(text, s.OptionId, SweepJson.ChangeName(s.Lost), "flip", s.Text);
        }

        foreach (var b in result.Boxes)
        {
            Row(text, b.OptionId, SweepJson.ChangeName(b.Lost), "box", b.Text);
        }

        return text.ToString();
    }

    private static string Number(double value) => SweepJson.Round(value).ToString("0.######", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static void Row(StringBuilder text, params string[] cells)
    {
        text.AppendJoin(',', cells.Select(Quote)).Append('\n');
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
