using PolicyAdvisor.Rules;
using static PolicyAdvisor.Rules.Shapes;

namespace PolicyAdvisor.Advice.Situations;

/// <summary>The shape of a situation file <c>seeds/situations/*.yaml</c>, read by <see cref="SituationLoader"/> and published as <c>situation.schema.json</c>.</summary>
public static class SituationShape
{
    /// <summary>One alternative value of an uncertain field.</summary>
    public static ObjectShape Alternative { get; } = new(
        "an alternative",
        [
            Required("value", Value(ValueKind.Any, "A value of the field."), "The value."),
            Required("likelihood", OneOf(Likelihood.Scale.Select(l => l.Words).ToArray(), "A phrase of the estimative scale."), "How likely it is."),
            Optional("realises", OneOrMany(Name("A risk id."), "Risk ids."), "Risks this value brings about, which take its likelihood."),
        ],
        "An alternative value and how likely it is.");

    /// <summary>One fact, in a situation or a rule test.</summary>
    public static ObjectShape Fact { get; } = new(
        "a fact",
        [
            Required("type", Name("A fact type from facts.yaml.", "^[A-Z][A-Za-z0-9]*$"), "The fact type."),
            Optional("id", Name("Unique in the situation."), "The fact's id (default: the type in kebab-case)."),
            Optional("fields", new MapShape("^[a-z][a-z0-9_]*$", Value(ValueKind.Any, "A value of the field's kind."), "Field values."), "Field values."),
            Optional("confidence", OneOf(SituationLoader.Confidences, "How far the sources can be trusted."), "low, moderate or high."),
            Optional("sources", OneOrMany(Name("A claim id."), "Claim ids."), "Claims it rests on."),
            Optional("note", Text(), "Free text."),
            Optional("until", Value(ValueKind.Date, "yyyy-mm-dd."), "The last day the fact holds; a memo dated later flags it as stale."),
            Optional("expires", Value(ValueKind.Date, "yyyy-mm-dd."), "Another name for 'until' (give one of the two)."),
            Optional("label", Text(), "How the memo names the fact (default: its id)."),
            Optional("uncertain", new MapShape("^[a-z][a-z0-9_]*$", ListOf(Alternative, "Alternatives."), "Alternatives by field."), "Alternative values, for what-if and sweep."),
        ],
        "A fact about the situation.");

    /// <summary>The whole file.</summary>
    public static ObjectShape File { get; } = new(
        "a situation",
        [
            Optional("title", Text(), "One line."),
            Optional("as_of", Value(ValueKind.Date, "yyyy-mm-dd."), "The date the situation describes."),
            Optional("description", Text(), "One line on what this situation is."),
            Optional("extends", Name("A situation file stem."), "Start from another situation, then apply this one."),
            Optional("retract", OneOrMany(Name("A fact id."), "Fact ids."), "With extends: facts to drop."),
            Optional("facts", ListOf(Fact, "Facts."), "The facts."),
        ],
        "PolicyAdvisor situation (seeds/situations/*.yaml).");
}
