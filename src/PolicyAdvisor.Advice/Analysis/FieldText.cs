using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>Parses a value typed on a command line into a field's CLR value, per the field's schema kind.</summary>
public static class FieldText
{
    /// <summary>
    /// The value of <paramref name="text"/> for <paramref name="field"/>, or null when it does not fit, converted
    /// exactly as a situation file's value (<see cref="FieldValueText"/>: finite numbers, so <c>1e999</c> and
    /// <c>NaN</c> are refused), lists comma-separated items of the item kind.
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

    private static object? Single(FieldSpec field, FieldKind kind, string text) => FieldValueText.Parse(field, kind, text);
}
