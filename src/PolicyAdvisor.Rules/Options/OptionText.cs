using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Date expressions in option texts: <c>{{ as_of.year }}</c> (and <c>as_of</c>, <c>as_of.next_year</c>) take the
/// memo's as-of date, so a title such as "Stay engaged through {{ as_of.year }}" never goes stale.
/// </summary>
public static partial class OptionText
{
    /// <summary>The expressions an option text may use.</summary>
    internal static IReadOnlyList<string> Expressions { get; } = ["as_of", "as_of.year", "as_of.next_year"];

    /// <summary>Reports (PA0411) every <c>{{ }}</c> in <paramref name="text"/> that is not one of <see cref="Expressions"/>.</summary>
    internal static bool Check(YamlScalar text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var ok = true;
        foreach (Match match in Placeholder().Matches(text.Value))
        {
            var name = match.Groups[1].Value.Trim();
            if (!Expressions.Contains(name, StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.UnknownTextExpression, $"'{{{{ {name} }}}}' is not an expression option texts may use: {string.Join(", ", Expressions)}{Suggest.DidYouMean(name, Expressions)}", text);
                ok = false;
            }
        }

        var rest = Placeholder().Replace(text.Value, string.Empty);
        if (rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.UnknownTextExpression, "'{{' is not closed with '}}'", text);
            ok = false;
        }

        return ok;
    }

    /// <summary><paramref name="text"/> with its expressions replaced by the values for <paramref name="asOf"/>.</summary>
    public static string Render(string text, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Placeholder().Replace(text, match => match.Groups[1].Value.Trim() switch
        {
            "as_of" => asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "as_of.year" => asOf.Year.ToString(CultureInfo.InvariantCulture),
            "as_of.next_year" => (asOf.Year + 1).ToString(CultureInfo.InvariantCulture),
            _ => match.Value,
        });
    }

    [GeneratedRegex(@"\{\{([^{}]*)\}\}")]
    private static partial Regex Placeholder();
}
