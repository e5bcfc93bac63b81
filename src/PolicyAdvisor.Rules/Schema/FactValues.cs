using System.Globalization;

namespace PolicyAdvisor.Rules;

/// <summary>Formats field values for people and templates: invariant, deterministic.</summary>
public static class FactValues
{
    /// <summary>
    /// Text for a value: strings as is, numbers in invariant shortest form, booleans as true/false,
    /// dates as yyyy-MM-dd, lists joined by ", ", null as the empty string.
    /// </summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
