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

    /// <summary>
    /// An option taking a whole number from <paramref name="min"/> to <paramref name="max"/>; anything else is a
    /// usage error in plain words.
    /// </summary>
    public static Option<long?> WholeNumber(string name, string description, long min, long max, params string[] aliases) => new(name, aliases)
    {
        Description = description,
        CustomParser = result => ParseNumber(result, name, min, max, WholeRange(min, max), whole: true, percent: false) is { } value ? (long)value : null,
    };

    /// <summary>
    /// An option taking a share from 0 to 1 (<c>0.8</c>), defaulting to <paramref name="fallback"/>. A percentage
    /// (<c>80%</c>) is read as its share, since both are common ways to write it.
    /// </summary>
    public static Option<double> Share(string name, string description, double fallback) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ParseNumber(result, name, 0, 1, "a share from 0 to 1 (e.g. 0.8 or 80%)", whole: false, percent: true) ?? fallback,
    };

    /// <summary>
    /// An option taking a percentage from 0 to 100, written <c>90</c> or <c>90%</c> (the sign is optional: both
    /// mean ninety per cent).
    /// </summary>
    public static Option<double?> Percentage(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => ParseNumber(result, name, 0, 100, "a percentage from 0 to 100 (e.g. 90 or 90%)", whole: false, percent: false),
    };

    // One parser for every number the CLI takes, so each refusal reads the same and names no .NET type.
    // With percent, "80%" is a share of 0.8; without, the sign is merely allowed ("90%" is 90).
    private static double? ParseNumber(ArgumentResult result, string name, double min, double max, string expected, bool whole, bool percent)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var trimmed = text.Trim();
        var hasSign = trimmed.EndsWith('%');
        var digits = hasSign ? trimmed[..^1].TrimEnd() : trimmed;
        var style = whole ? NumberStyles.AllowLeadingSign : NumberStyles.Float;
        var read = double.TryParse(digits, style, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && !(whole && hasSign);
        value = percent && hasSign ? value / 100 : value;
        if (!read || value < min || value > max)
        {
            result.AddError($"{name} '{text}' is not {expected}.");
            return null;
        }

        return value;
    }

    private static string WholeRange(long min, long max) => max == long.MaxValue
        ? string.Create(CultureInfo.InvariantCulture, $"a whole number from {min}")
        : string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}");

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
