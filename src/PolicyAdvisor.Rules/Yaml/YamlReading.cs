using System.Globalization;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Typed, positioned reading of <see cref="YamlNode"/> trees. Each helper reports a diagnostic and returns null
/// (or an empty list) on mismatch, so loaders keep going and report every problem.
/// </summary>
public static class YamlReading
{
    /// <summary>The node as a mapping, or null after reporting that <paramref name="what"/> must be one.</summary>
    public static YamlMapping? AsMapping(this YamlNode? node, DiagnosticBag diagnostics, string what) =>
        Shape<YamlMapping>(node, diagnostics, what, "a mapping (key: value lines)");

    /// <summary>The node as a sequence, or null after reporting that <paramref name="what"/> must be one.</summary>
    public static YamlSequence? AsSequence(this YamlNode? node, DiagnosticBag diagnostics, string what) =>
        Shape<YamlSequence>(node, diagnostics, what, "a list");

    /// <summary>The node as a scalar, or null after reporting that <paramref name="what"/> must be one.</summary>
    public static YamlScalar? AsScalar(this YamlNode? node, DiagnosticBag diagnostics, string what) =>
        Shape<YamlScalar>(node, diagnostics, what, "a single value");

    /// <summary>
    /// Reports every key of <paramref name="map"/> not in <paramref name="allowed"/> (with a did-you-mean) and every
    /// key of <paramref name="required"/> that is missing. Returns whether all was well.
    /// </summary>
    public static bool CheckKeys(this YamlMapping map, DiagnosticBag diagnostics, string what, IReadOnlyCollection<string> allowed, IReadOnlyCollection<string>? required = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var ok = true;
        foreach (var (key, _) in map.Entries)
        {
            if (!allowed.Contains(key.Value))
            {
                diagnostics.Error(DiagnosticCodes.UnknownKey, $"unknown key '{key.Value}' in {what}{Suggest.DidYouMean(key.Value, allowed)}", key);
                ok = false;
            }
        }

        foreach (var key in required ?? [])
        {
            if (!map.Has(key))
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, $"{what} is missing required key '{key}'", map);
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>
    /// Checks <paramref name="map"/>'s keys against <paramref name="shape"/>: every key must be declared (or match
    /// its pattern keys), every required key present. <paramref name="what"/> overrides how the mapping is named.
    /// </summary>
    public static bool CheckKeys(this YamlMapping map, DiagnosticBag diagnostics, ObjectShape shape, string? what = null)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return map.CheckKeys(diagnostics, what ?? shape.What, shape.Names, shape.Required);
    }

    /// <summary>The scalar under <paramref name="key"/>; null when absent or (after a diagnostic) not a scalar.</summary>
    public static YamlScalar? Scalar(this YamlMapping map, string key, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(map);
        var node = map[key];
        return node is null ? null : node.AsScalar(diagnostics, $"'{key}'");
    }

    /// <summary>The text under <paramref name="key"/>; null when absent, null-valued or not a scalar.</summary>
    public static string? String(this YamlMapping map, string key, DiagnosticBag diagnostics)
    {
        var scalar = map.Scalar(key, diagnostics);
        return scalar is null || scalar.IsNull ? null : scalar.Value;
    }

    /// <summary>
    /// The values under <paramref name="key"/>: a list of scalars, or one scalar taken as a one-item list.
    /// Empty when absent.
    /// </summary>
    public static IReadOnlyList<YamlScalar> ScalarList(this YamlMapping map, string key, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(map);
        switch (map[key])
        {
            case null:
                return [];
            case YamlScalar scalar:
                return scalar.IsNull ? [] : [scalar];
            case YamlSequence sequence:
                return sequence.Items.Select(i => i.AsScalar(diagnostics, $"an item of '{key}'")).OfType<YamlScalar>().ToArray();
            case var other:
                diagnostics.Error(DiagnosticCodes.WrongShape, $"'{key}' must be a list of values, not {other.Describe()}", other);
                return [];
        }
    }

    /// <summary>The integer under <paramref name="key"/>, or null when absent or invalid (reported).</summary>
    public static int? Int(this YamlMapping map, string key, DiagnosticBag diagnostics)
    {
        var scalar = map.Scalar(key, diagnostics);
        return scalar is null ? null : ToInt(scalar, diagnostics);
    }

    /// <summary>The boolean under <paramref name="key"/>, or null when absent or invalid (reported).</summary>
    public static bool? Bool(this YamlMapping map, string key, DiagnosticBag diagnostics)
    {
        var scalar = map.Scalar(key, diagnostics);
        return scalar is null ? null : ToBool(scalar, diagnostics);
    }

    /// <summary>The value under <paramref name="key"/> if it is one of <paramref name="choices"/>, else null (reported).</summary>
    public static string? Choice(this YamlMapping map, string key, DiagnosticBag diagnostics, IReadOnlyCollection<string> choices)
    {
        var scalar = map.Scalar(key, diagnostics);
        return scalar is null ? null : ToChoice(scalar, diagnostics, choices, $"'{key}'");
    }

    /// <summary>A scalar as an integer, or null after a diagnostic.</summary>
    public static int? ToInt(YamlScalar scalar, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.BadValue, $"expected a whole number, found '{scalar.Value}'", scalar);
        return null;
    }

    /// <summary>A scalar as a number, or null after a diagnostic.</summary>
    public static double? ToNumber(YamlScalar scalar, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (FieldValueText.TryNumber(scalar.Value, out var value))
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.BadValue, $"expected a number, found '{scalar.Value}'", scalar);
        return null;
    }

    /// <summary>A scalar as true/false, or null after a diagnostic.</summary>
    public static bool? ToBool(YamlScalar scalar, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (FieldValueText.TryBool(scalar.Value, out var value))
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.BadValue, $"expected true or false, found '{scalar.Value}'", scalar);
        return null;
    }

    /// <summary>A scalar as a date written yyyy-MM-dd, or null after a diagnostic.</summary>
    public static DateTime? ToDate(YamlScalar scalar, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (TryParseDate(scalar.Value, out var value))
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.BadValue, $"expected a date written yyyy-mm-dd, found '{scalar.Value}'", scalar);
        return null;
    }

    /// <summary>A scalar if it is one of <paramref name="choices"/>, or null after a diagnostic with a did-you-mean.</summary>
    public static string? ToChoice(YamlScalar scalar, DiagnosticBag diagnostics, IReadOnlyCollection<string> choices, string what)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (choices.Contains(scalar.Value))
        {
            return scalar.Value;
        }

        diagnostics.Error(DiagnosticCodes.BadValue, $"{what} must be one of {string.Join(", ", choices)}; found '{scalar.Value}'{Suggest.DidYouMean(scalar.Value, choices)}", scalar);
        return null;
    }

    /// <summary>Parses yyyy-MM-dd (date only, invariant).</summary>
    public static bool TryParseDate(string text, out DateTime value) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    private static T? Shape<T>(YamlNode? node, DiagnosticBag diagnostics, string what, string expected)
        where T : YamlNode
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        switch (node)
        {
            case null:
                return null;
            case T typed:
                return typed;
            default:
                diagnostics.Error(DiagnosticCodes.WrongShape, $"{what} must be {expected}, not {node.Describe()}", node);
                return null;
        }
    }
}
