using static PolicyAdvisor.Rules.Shapes;

namespace PolicyAdvisor.Rules;

/// <summary>The shape of <c>rules/facts.yaml</c>, read by <see cref="FactSchemaLoader"/> and published as <c>facts.schema.json</c>.</summary>
public static class FactsFileShape
{
    /// <summary>Field kinds.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["string", "number", "bool", "date", "enum", "list"];

    /// <summary>One field of a fact type.</summary>
    public static ObjectShape Field { get; } = new(
        "a field",
        [
            Required("type", OneOf(Kinds, "The field's kind."), "string, number, bool, date, enum or list."),
            Optional("values", OneOrMany(Value(ValueKind.Scalar, "A value."), "The values."), "For enum (or a list of enum): the allowed values."),
            Optional("items", OneOf(Kinds, "The items' kind."), "For list: the kind of its items."),
            Required("description", Text(), "What the field means."),
        ],
        "A field: its kind and meaning.");

    /// <summary>One fact type.</summary>
    public static ObjectShape Type { get; } = new(
        "a fact type",
        [
            Required("description", Text(), "What the fact is."),
            Optional("derived", Value(ValueKind.Boolean, "Only rules assert it."), "Whether only rules may assert it (situations may not)."),
            Optional("fields", new MapShape("^[a-z][a-z0-9_]*$", Field, "Fields by snake_case name."), "The fields."),
        ],
        "A fact type.");

    /// <summary>The whole file.</summary>
    public static ObjectShape File { get; } = new(
        "facts.yaml",
        [Required("types", new MapShape("^[A-Z][A-Za-z0-9]*$", Type, "Fact types by PascalCase name."), "The fact types.")],
        "PolicyAdvisor fact schema (rules/facts.yaml).");
}
