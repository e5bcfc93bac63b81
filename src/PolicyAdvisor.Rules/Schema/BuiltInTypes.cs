namespace PolicyAdvisor.Rules;

/// <summary>
/// The types every schema has: <c>Situation</c> (one per run) and the conclusions rules insert
/// (<c>Recommendation</c>, <c>Risk</c>, <c>Tradeoff</c>), so later rules can match them.
/// </summary>
public static class BuiltInTypes
{
    /// <summary>Name of the situation type.</summary>
    public const string Situation = "Situation";

    /// <summary>Name of the recommendation conclusion type.</summary>
    public const string Recommendation = "Recommendation";

    /// <summary>Name of the risk conclusion type.</summary>
    public const string Risk = "Risk";

    /// <summary>Name of the trade-off conclusion type.</summary>
    public const string Tradeoff = "Tradeoff";

    /// <summary>Allowed recommendation strengths, strongest first.</summary>
    public static IReadOnlyList<string> Strengths { get; } = ["strong", "moderate", "weak"];

    /// <summary>Allowed risk severities, mildest first.</summary>
    public static IReadOnlyList<string> Severities { get; } = ["low", "moderate", "high"];

    /// <summary>The built-in types in a fixed order.</summary>
    public static IReadOnlyList<FactTypeSpec> All { get; } =
    [
        Type(Situation, "The situation being assessed; exactly one per run.", false,
            Field("title", FieldKind.String, "Title of the situation."),
            Field("as_of", FieldKind.Date, "Date the situation describes.")),
        Type(Recommendation, "A rule advised a policy option.", true,
            Field("option", FieldKind.String, "Option id from options.yaml."),
            Field("strength", FieldKind.Enum, "How strongly it is advised.", Strengths),
            Field("rule", FieldKind.String, "Id of the rule that advised it."),
            Field("because", FieldKind.String, "The rule's rendered rationale.")),
        Type(Risk, "A rule flagged a risk.", true,
            Field("risk", FieldKind.String, "Risk id."),
            Field("severity", FieldKind.Enum, "How serious the risk is.", Severities),
            Field("against", FieldKind.List, "Options the risk weighs against.", item: FieldKind.String),
            Field("rule", FieldKind.String, "Id of the rule that flagged it."),
            Field("because", FieldKind.String, "The rule's rendered rationale.")),
        Type(Tradeoff, "A rule recorded a trade-off between two options.", true,
            Field("tradeoff", FieldKind.String, "Trade-off id."),
            Field("options", FieldKind.List, "The two options weighed against each other.", item: FieldKind.String),
            Field("rule", FieldKind.String, "Id of the rule that recorded it."),
            Field("because", FieldKind.String, "The rule's rendered rationale.")),
    ];

    /// <summary>Whether <paramref name="typeName"/> is a built-in type.</summary>
    public static bool IsBuiltIn(string typeName) => All.Any(t => string.Equals(t.Name, typeName, StringComparison.Ordinal));

    private static FactTypeSpec Type(string name, string description, bool derived, params (string Name, FieldKind Kind, string Description, IReadOnlyList<string> Values, FieldKind? Item)[] fields) =>
        new(name, description, derived, BuiltIn: true,
            fields.Select((f, i) => new FieldSpec(f.Name, f.Kind, f.Item, f.Values, f.Description, i)).ToArray(), string.Empty, 0, 0);

    private static (string, FieldKind, string, IReadOnlyList<string>, FieldKind?) Field(string name, FieldKind kind, string description, IReadOnlyList<string>? values = null, FieldKind? item = null) =>
        (name, kind, description, values ?? [], item);
}
