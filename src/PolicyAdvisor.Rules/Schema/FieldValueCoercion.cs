using System.Collections;

namespace PolicyAdvisor.Rules;

/// <summary>Turns CLR or YAML values into a field's CLR value, checking kind and enum membership.</summary>
internal static class FieldValueCoercion
{
    /// <summary>Coerces a CLR value; throws <see cref="ArgumentException"/> on mismatch (a programming error).</summary>
    public static object FromClr(FactTypeSpec type, FieldSpec field, object? value)
    {
        if (value is null)
        {
            return field.DefaultValue;
        }

        if (field.Kind != FieldKind.List)
        {
            return Single(type, field, value);
        }

        if (value is string || value is not IEnumerable items)
        {
            throw Mismatch(type, field, value);
        }

        var converted = items.Cast<object?>().Select(i => i is null ? throw Mismatch(type, field, value) : Single(type, field, i)).ToArray();
        return FactLists.Create(FieldSpec.ScalarClrType(field.ValueKind), converted);
    }

    /// <summary>Converts a YAML node; null after a diagnostic on mismatch.</summary>
    public static object? FromYaml(FieldSpec field, YamlNode node, DiagnosticBag diagnostics)
    {
        if (field.Kind != FieldKind.List)
        {
            var scalar = node.AsScalar(diagnostics, $"field '{field.Name}' ({field.KindName})");
            return scalar is null ? null : Scalar(field, scalar, diagnostics);
        }

        IReadOnlyList<YamlNode> items = node switch
        {
            YamlSequence s => s.Items,
            YamlScalar { IsNull: true } => [],
            _ => [node],
        };
        var values = new List<object?>();
        var ok = true;
        foreach (var item in items)
        {
            var scalar = item.AsScalar(diagnostics, $"an item of field '{field.Name}' ({field.KindName})");
            var value = scalar is null ? null : Scalar(field, scalar, diagnostics);
            ok &= value is not null;
            values.Add(value);
        }

        return ok ? FactLists.Create(FieldSpec.ScalarClrType(field.ValueKind), values) : null;
    }

    private static object? Scalar(FieldSpec field, YamlScalar scalar, DiagnosticBag diagnostics)
    {
        var kind = field.ValueKind;
        if (scalar.IsNull && kind != FieldKind.String)
        {
            diagnostics.Error(DiagnosticCodes.FieldValue, $"field '{field.Name}' needs a value ({field.KindName})", scalar);
            return null;
        }

        // Enum membership gets its own message below; every other kind converts as on the command line.
        object? value = kind switch
        {
            FieldKind.Enum => scalar.Value,
            FieldKind.String => scalar.IsNull ? string.Empty : scalar.Value,
            _ => FieldValueText.Parse(field, kind, scalar.Value),
        };
        if (value is null)
        {
            diagnostics.Error(DiagnosticCodes.FieldValue, $"field '{field.Name}' is {field.KindName}; '{scalar.Value}' is not {Expected(kind)}", scalar);
            return null;
        }

        if (kind == FieldKind.Enum && !field.Values.Contains((string)value, StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.EnumValue, $"'{scalar.Value}' is not a value of field '{field.Name}'; expected one of {string.Join(", ", field.Values)}{Suggest.DidYouMean(scalar.Value, field.Values)}", scalar);
            return null;
        }

        return value;
    }

    private static object Single(FactTypeSpec type, FieldSpec field, object value)
    {
        switch (field.ValueKind)
        {
            case FieldKind.Number when value is double or float or int or long or decimal or short or byte:
                return Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
            case FieldKind.Bool when value is bool:
                return value;
            case FieldKind.Date when value is DateTime date:
                return date.Date;
            case FieldKind.String when value is string:
                return value;
            case FieldKind.Enum when value is string s && field.Values.Contains(s, StringComparer.Ordinal):
                return value;
            default:
                throw Mismatch(type, field, value);
        }
    }

    private static string Expected(FieldKind kind) => kind switch
    {
        FieldKind.Number => "a number",
        FieldKind.Bool => "true or false",
        FieldKind.Date => "a date written yyyy-mm-dd",
        _ => "text",
    };

    private static ArgumentException Mismatch(FactTypeSpec type, FieldSpec field, object value) =>
        new($"Value does not fit the field. Type={type.Name} Field={field.Name} Kind={field.KindName} Value={FactValues.Format(value)}", nameof(value));
}
