using System.Globalization;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>Parses a value typed on a command line into a field's CLR value, per the field's schema kind.</summary>
public static class FieldText
{
    /// <summary>
    /// The value of <paramref name="text"/> for <paramref name="field"/>, or null when it does not fit: numbers
    /// in invariant form, booleans true/false, dates yyyy-MM-dd, enums one of the declared values, lists
    /// comma-separated items of the item kind.
    /// </summary>
    public static object? Parse(FieldSpec field, string text)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(text);
        if (field.Kind != FieldKind.List)
        {
            return Single(field, field.Kind, text.Trim());
        }

        var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(i => Single(field, field.ValueKind, i))
            .ToArray();
        return items.Any(i => i is null) ? null : items;
    }

    /// <summary>What a value for <paramref name="field"/> must look like, naming an enum's choices.</summary>
    public static string Expected(FieldSpec field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var single = field.ValueKind switch
        {
            FieldKind.Number => "a number",
            FieldKind.Bool => "true or false",
            FieldKind.Date => "a date yyyy-MM-dd",
            FieldKind.Enum => "one of " + string.Join(", ", field.Values),
            _ => "text",
        };
        return field.Kind == FieldKind.List ? "comma-separated items, each " + single : single;
    }

    private static object? Single(FieldSpec field, FieldKind kind, string text) => kind switch
    {
        FieldKind.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        FieldKind.Bool => text switch { "true" => true, "false" => false, _ => null },
        FieldKind.Date => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null,
        FieldKind.Enum => field.Values.Contains(text, StringComparer.Ordinal) ? text : null,
        _ => text,
    };
}
