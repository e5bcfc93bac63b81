using System.Globalization;

namespace PolicyAdvisor.Rules;

/// <summary>
/// The one conversion of written text into a field's value, for situation files and command lines alike
/// (<c>whatif --set</c>), so that a value one accepts the other accepts too: numbers in invariant form and
/// finite (<c>1e999</c> and <c>NaN</c> are refused), <c>true</c>/<c>false</c>, dates <c>yyyy-MM-dd</c>,
/// enum values among the declared ones, any text for strings.
/// </summary>
public static class FieldValueText
{
    /// <summary>The value of <paramref name="text"/> as a single value of <paramref name="kind"/> for <paramref name="field"/>, or null when it does not fit.</summary>
    public static object? Parse(FieldSpec field, FieldKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(text);
        return kind switch
        {
            FieldKind.Number => TryNumber(text, out var number) ? number : null,
            FieldKind.Bool => TryBool(text, out var flag) ? flag : null,
            FieldKind.Date => YamlReading.TryParseDate(text, out var date) ? date : null,
            FieldKind.Enum => field.Values.Contains(text, StringComparer.Ordinal) ? text : null,
            _ => text,
        };
    }

    /// <summary>A finite number in invariant form.</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary><c>true</c> or <c>false</c> (also capitalised or in capitals, as YAML writes them).</summary>
    public static bool TryBool(string text, out bool value)
    {
        switch (text)
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
