using static PolicyAdvisor.Rules.Shapes;

namespace PolicyAdvisor.Rules;

/// <summary>The shape of a <c>*.rules.yaml</c> file, read by <see cref="RuleFileReader"/> and published as <c>rules.schema.json</c>.</summary>
public static class RuleFileShape
{
    /// <summary>Rule kinds.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["assessment", "option", "risk", "tradeoff"];

    /// <summary>The keys a premise may add to its head (<c>binding: Type</c>, <c>not</c>, <c>exists</c>, <c>collect</c>).</summary>
    public static IReadOnlyList<string> Clauses { get; } = ["where", "into", "having"];

    /// <summary>One premise of <c>when</c>.</summary>
    public static ObjectShape Premise { get; } = new(
        "a premise",
        [
            Optional("not", Name("No fact of this type matches.", "^[A-Z][A-Za-z0-9]*$"), "No fact of this type matches 'where'."),
            Optional("exists", Name("A fact type.", "^[A-Z][A-Za-z0-9]*$"), "At least one fact of this type matches 'where'."),
            Optional("collect", Name("A fact type.", "^[A-Z][A-Za-z0-9]*$"), "All matching facts of this type, as a list named by 'into'."),
            Optional("where", OneOrMany(Text("A condition."), "Conditions, all of which must hold."), "A condition (C#-like; bare names are this fact's fields), or a list of them."),
            Optional("into", Name("The list's binding name.", "^[a-z][a-z0-9_]*$"), "For collect: the name the list is bound to."),
            Optional("having", Text("A condition over the collection; 'count' is its size."), "For collect: a condition over the collection."),
        ],
        "A pattern '<binding>: <Type>', or not/exists/collect, with its conditions.")
    {
        // Any snake_case name but the premise's own keys, which JSON Schema would otherwise match twice.
        PatternKeys = ("^(?!(not|exists|collect|where|into|having)$)[a-z][a-z0-9_]*$", Name("The fact type bound to this name.", "^[A-Z][A-Za-z0-9]*$")),
    };

    /// <summary>One side of a trade-off.</summary>
    public static ObjectShape Side { get; } = new(
        "a trade-off side",
        [
            Required("option", Name("An option id from options.yaml.", KebabCase), "The option."),
            Required("view", Text(), "What speaks for it."),
            Optional("sources", OneOrMany(Name("A claim id."), "Claim ids."), "Claims supporting the view."),
        ],
        "One of the two options weighed, with its view.");

    /// <summary>The four actions of <c>then</c>; the first key of each is its head.</summary>
    public static IReadOnlyList<ObjectShape> Actions { get; } =
    [
        new("a 'recommend' action",
        [
            Required("recommend", Name("An option id from options.yaml.", KebabCase), "The option recommended."),
            Optional("strength", OneOf(BuiltInTypes.Strengths, "How strongly."), "strong, moderate (default) or weak."),
            Optional("because", Text(), "The rationale; may use {{ binding.field }}."),
        ], "Recommend an option."),
        new("a 'assert' action",
        [
            Required("assert", Name("A derived fact type.", "^[A-Z][A-Za-z0-9]*$"), "The derived fact type asserted."),
            Optional("set", new MapShape("^[a-z][a-z0-9_]*$", Value(ValueKind.Any, "A literal value; text may use {{ binding.field }}."), "Field values."), "Field values of the asserted fact."),
            Optional("because", Text(), "The rationale; may use {{ binding.field }}."),
        ], "Assert a derived fact."),
        new("a 'risk' action",
        [
            Required("risk", Name("A risk id (kebab-case).", KebabCase), "The risk raised."),
            Optional("severity", OneOf(BuiltInTypes.Severities, "How serious."), "low, moderate or high."),
            Optional("against", OneOrMany(Name("An option id.", KebabCase), "Option ids."), "Options the risk weighs against."),
            Optional("because", Text(), "The rationale; may use {{ binding.field }}."),
        ], "Raise a risk."),
        new("a 'tradeoff' action",
        [
            Required("tradeoff", Name("A trade-off id (kebab-case).", KebabCase), "The trade-off."),
            Required("between", ListOf(Side, "Exactly two sides."), "The two options weighed."),
            Optional("because", Text(), "The rationale; may use {{ binding.field }}."),
        ], "Record a trade-off between two options."),
    ];

    /// <summary>One rule.</summary>
    public static ObjectShape Rule { get; } = new(
        "a rule",
        [
            Required("id", Name("Kebab-case, unique across files.", KebabCase), "The rule's id."),
            Required("kind", OneOf(Kinds, "What the rule concludes."), "assessment, option, risk or tradeoff."),
            Required("title", Text(), "One line."),
            Optional("priority", Value(ValueKind.Integer, "Higher fires first."), "Salience (default 0)."),
            Required("when", ListOf(Premise, "Premises, in order."), "The premises."),
            Required("then", new OneOfShape(Actions, "Exactly one of recommend, assert, risk or tradeoff."), "The action."),
            Optional("sources", OneOrMany(Name("A claim id such as dunbar-2026#9."), "Claim ids."), "Claims the rule rests on."),
            Optional("notes", Text(), "Free text."),
        ],
        "A production rule.");

    /// <summary>The whole file.</summary>
    public static ObjectShape File { get; } = new("a rules file", [Required("rules", ListOf(Rule, "The rules."), "The rules of this file.")], "PolicyAdvisor rules (*.rules.yaml).");
}
