using System.Text.RegularExpressions;

namespace PolicyAdvisor.Rules;

/// <summary>Reads rules/facts.yaml into a <see cref="FactSchema"/>, reporting every problem.</summary>
public static partial class FactSchemaLoader
{
    private static readonly string[] KindNames = [.. FactsFileShape.Kinds];

    /// <summary>
    /// Names a field may not have: the implicit <c>id</c> and the words the expression language keeps for itself.
    /// </summary>
    public static IReadOnlySet<string> ReservedFieldNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "it", "parent", "root", "true", "false", "null", "new", "as", "is", "iif", "np", "cast", "in",
        "and", "or", "not", "eq", "equal", "ne", "neq", "notequal", "lt", "le", "gt", "ge", "mod", "count",
        "object", "bool", "char", "string", "sbyte", "byte", "short", "ushort", "int", "uint", "long", "ulong",
        "float", "double", "decimal",
    };

    /// <summary>
    /// Loads the schema from a facts.yaml file (read through <paramref name="reader"/>, inside <paramref name="folder"/>
    /// when given); on errors the schema holds the types that were valid.
    /// </summary>
    public static FactSchema Load(string path, DiagnosticBag diagnostics, InputReader? reader = null, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = GuardedYamlReader.ReadFile(path, diagnostics, reader: reader, folder: folder);
        return root is null ? new FactSchema([]) : Load(root, diagnostics);
    }

    /// <summary>Loads the schema from an already read facts.yaml tree.</summary>
    public static FactSchema Load(YamlNode root, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var top = root.AsMapping(diagnostics, "facts.yaml");
        if (top is null || !top.CheckKeys(diagnostics, FactsFileShape.File))
        {
            return new FactSchema([]);
        }

        var types = new List<FactTypeSpec>();
        foreach (var (nameNode, body) in top["types"].AsMapping(diagnostics, "'types'")?.Entries ?? [])
        {
            var spec = ReadType(nameNode, body, diagnostics);
            if (spec is not null)
            {
                types.Add(spec);
            }
        }

        return new FactSchema(types);
    }

    private static FactTypeSpec? ReadType(YamlScalar nameNode, YamlNode body, DiagnosticBag diagnostics)
    {
        var name = nameNode.Value;
        if (!TypeName().IsMatch(name))
        {
            diagnostics.Error(DiagnosticCodes.BadTypeName, $"fact type name '{name}' must be PascalCase letters and digits, e.g. Agreement", nameNode);
            return null;
        }

        if (BuiltInTypes.IsBuiltIn(name))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateType, $"'{name}' is a built-in type and cannot be declared", nameNode);
            return null;
        }

        var map = body.AsMapping(diagnostics, $"fact type '{name}'");
        if (map is null)
        {
            return null;
        }

        // A type keeps its valid fields despite a bad one, so rules using it do not all fail with "unknown type".
        map.CheckKeys(diagnostics, FactsFileShape.Type, $"fact type '{name}'");
        var fields = new List<FieldSpec>();
        foreach (var (fieldName, fieldBody) in map["fields"].AsMapping(diagnostics, "'fields'")?.Entries ?? [])
        {
            if (ReadField(name, fieldName, fieldBody, fields.Count, diagnostics) is { } field)
            {
                fields.Add(field);
            }
        }

        var derived = map.Has("derived") ? map.Bool("derived", diagnostics) : false;
        return new FactTypeSpec(name, map.String("description", diagnostics) ?? string.Empty, derived ?? false, false, fields, nameNode.File, nameNode.Line, nameNode.Column);
    }

    private static FieldSpec? ReadField(string typeName, YamlScalar nameNode, YamlNode body, int order, DiagnosticBag diagnostics)
    {
        var name = nameNode.Value;
        if (!FieldName().IsMatch(name))
        {
            diagnostics.Error(DiagnosticCodes.BadFieldName, $"field name '{name}' must be snake_case: a lower-case letter, then letters, digits or _", nameNode);
            return null;
        }

        if (ReservedFieldNames.Contains(name))
        {
            var why = name == "id" ? "every fact has an implicit 'id'" : "the expression language reserves it";
            diagnostics.Error(DiagnosticCodes.BadFieldName, $"field name '{name}' is reserved: {why}", nameNode);
            return null;
        }

        var what = $"field '{typeName}.{name}'";
        var map = body.AsMapping(diagnostics, what);
        if (map is null || !map.CheckKeys(diagnostics, FactsFileShape.Field, what))
        {
            return null;
        }

        var kind = ReadKind(map.Scalar("type", diagnostics), diagnostics);
        FieldKind? item = null;
        if (kind == FieldKind.List)
        {
            item = ReadKind(map.Scalar("items", diagnostics), diagnostics);
            if (item is null or FieldKind.List)
            {
                diagnostics.Error(DiagnosticCodes.ListItems, $"{what} is a list: give 'items' as one of string, number, bool, date, enum", map.KeyNode("items") ?? (YamlNode)map);
                return null;
            }
        }
        else if (map.Has("items"))
        {
            diagnostics.Error(DiagnosticCodes.ListItems, $"{what}: 'items' is only for type list", map.KeyNode("items")!);
            return null;
        }

        if (kind is null)
        {
            return null;
        }

        var values = map.ScalarList("values", diagnostics).Select(v => v.Value).ToArray();
        var isEnum = (item ?? kind) == FieldKind.Enum;
        if (isEnum && values.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EnumValues, $"{what} is an enum: list its allowed words under 'values'", map);
            return null;
        }

        if (!isEnum && map.Has("values"))
        {
            diagnostics.Error(DiagnosticCodes.EnumValues, $"{what}: 'values' is only for type enum", map.KeyNode("values")!);
            return null;
        }

        return new FieldSpec(name, kind.Value, item, values, map.String("description", diagnostics) ?? string.Empty, order);
    }

    private static FieldKind? ReadKind(YamlScalar? scalar, DiagnosticBag diagnostics)
    {
        if (scalar is null)
        {
            return null;
        }

        var index = Array.IndexOf(KindNames, scalar.Value);
        if (index >= 0)
        {
            return (FieldKind)index;
        }

        diagnostics.Error(DiagnosticCodes.UnknownFieldKind, $"unknown field type '{scalar.Value}'; use one of {string.Join(", ", KindNames)}{Suggest.DidYouMean(scalar.Value, KindNames)}", scalar);
        return null;
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex TypeName();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex FieldName();
}
