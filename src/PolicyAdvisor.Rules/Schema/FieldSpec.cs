namespace PolicyAdvisor.Rules;

/// <summary>A field of a fact type.</summary>
/// <param name="Name">Field name (snake_case).</param>
/// <param name="Kind">Field kind.</param>
/// <param name="ItemKind">For a list, the kind of its items; otherwise null.</param>
/// <param name="Values">For an enum (or a list of enums), the allowed values in declaration order; otherwise empty.</param>
/// <param name="Description">What the field means.</param>
/// <param name="Order">0-based position among the type's fields.</param>
public sealed record FieldSpec(string Name, FieldKind Kind, FieldKind? ItemKind, IReadOnlyList<string> Values, string Description, int Order)
{
    /// <summary>The CLR type of the field on the runtime fact type.</summary>
    public Type ClrType => Kind == FieldKind.List ? typeof(FactList<>).MakeGenericType(ScalarClrType(ItemKind ?? FieldKind.String)) : ScalarClrType(Kind);

    /// <summary>The kind a single value (the field itself, or one list item) must have.</summary>
    public FieldKind ValueKind => Kind == FieldKind.List ? ItemKind ?? FieldKind.String : Kind;

    /// <summary>The field's value when a fact does not give one: "", 0, false, <see cref="DateTime.MinValue"/>, empty list.</summary>
    public object DefaultValue => Kind switch
    {
        FieldKind.Number => 0d,
        FieldKind.Bool => false,
        FieldKind.Date => DateTime.MinValue,
        FieldKind.List => FactLists.Empty(ScalarClrType(ItemKind ?? FieldKind.String)),
        _ => string.Empty,
    };

    /// <summary>The type as a rule author writes it, e.g. <c>list of enum</c>.</summary>
    public string KindName => Kind == FieldKind.List ? $"list of {KindText(ItemKind ?? FieldKind.String)}" : KindText(Kind);

    /// <summary>The CLR type used for one value of <paramref name="kind"/>.</summary>
    public static Type ScalarClrType(FieldKind kind) => kind switch
    {
        FieldKind.Number => typeof(double),
        FieldKind.Bool => typeof(bool),
        FieldKind.Date => typeof(DateTime),
        _ => typeof(string),
    };

    /// <summary>The lower-case name of a kind as written in facts.yaml.</summary>
    public static string KindText(FieldKind kind) => kind.ToString().ToLowerInvariant();
}
