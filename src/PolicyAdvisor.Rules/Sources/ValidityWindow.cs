namespace PolicyAdvisor.Rules;

/// <summary>
/// The validity window of a claim or a fact: <c>until: yyyy-mm-dd</c> (or its synonym <c>expires</c>), the last
/// day on which it still holds. A memo whose as-of date is later flags it as stale.
/// </summary>
public static class ValidityWindow
{
    /// <summary>The keys that give a window.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["until", "expires"];

    /// <summary>
    /// Reads the window of <paramref name="map"/>: null when neither key is given; an error (<paramref name="bothCode"/>)
    /// when both are, and a PA0013 error when the date is not yyyy-mm-dd.
    /// </summary>
    public static DateTime? Read(YamlMapping map, DiagnosticBag diagnostics, string bothCode)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (map.Has("until") && map.Has("expires"))
        {
            diagnostics.Error(bothCode, "give 'until' or its synonym 'expires', not both", map.KeyNode("expires")!);
            return null;
        }

        var scalar = map.Scalar("until", diagnostics) ?? map.Scalar("expires", diagnostics);
        return scalar is null || scalar.IsNull ? null : YamlReading.ToDate(scalar, diagnostics);
    }

    /// <summary>Whether a window ending on <paramref name="until"/> has closed by <paramref name="asOf"/>.</summary>
    public static bool IsClosed(DateTime? until, DateTime asOf) => until is { } last && asOf.Date > last.Date;
}
