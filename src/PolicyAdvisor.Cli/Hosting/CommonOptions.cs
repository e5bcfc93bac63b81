using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PolicyAdvisor.Cli.Hosting;

/// <summary>Options several commands share, built the same way everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>--situation: a situation file or the name of a shipped one; the baseline when absent.</summary>
    public static Option<string?> Situation() => new("--situation", "-s")
    {
        Description = "Situation file, or the name of a shipped one (e.g. referendum-passed). Default: the baseline.",
    };

    /// <summary>--as-of: the date the rules reason with, overriding the situation's.</summary>
    public static Option<DateTime?> AsOf() => new("--as-of")
    {
        Description = "Reason as of this date (yyyy-MM-dd) instead of the situation's own as-of date.",
        CustomParser = ParseDate,
    };

    /// <summary>--out: write the result to this file (whole or not at all) instead of standard output.</summary>
    public static Option<FileInfo?> Out() => new("--out", "-o")
    {
        Description = "Write to this file instead of standard output; the file is replaced only once complete.",
    };

    /// <summary>--format text|json for commands whose result is a list of changes (what-if, diff).</summary>
    public static Option<string> TextOrJson() =>
        Choice("--format", "text (for reading) or json (for scripts and CI; fixed key order).", "text", ["text", "json"], "-f");

    /// <summary>
    /// An option that takes one of <paramref name="values"/> (help lists them; anything else is a usage error)
    /// and defaults to <paramref name="fallback"/>.
    /// </summary>
    public static Option<string> Choice(string name, string description, string fallback, IReadOnlyList<string> values, params string[] aliases)
    {
        var option = new Option<string>(name, aliases) { Description = description, DefaultValueFactory = _ => fallback };
        option.AcceptOnlyFromAmong([.. values]);
        return option;
    }

    private static DateTime? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--as-of '{text}' is not a date in the form yyyy-MM-dd.");
        return null;
    }
}
