using static PolicyAdvisor.Rules.Shapes;

namespace PolicyAdvisor.Rules;

/// <summary>The shape of <c>rules/options.yaml</c>, read by <see cref="OptionCatalogLoader"/> and published as <c>options.schema.json</c>.</summary>
public static class OptionsFileShape
{
    /// <summary>One pro or con.</summary>
    public static ObjectShape Point { get; } = new(
        "an item",
        [
            Required("text", Text(), "The point."),
            Optional("sources", OneOrMany(Name("A claim id."), "Claim ids."), "Claims supporting it."),
        ],
        "A point for or against the option.");

    /// <summary>One option.</summary>
    public static ObjectShape Option { get; } = new(
        "an option",
        [
            Required("id", Name("Kebab-case.", KebabCase), "The option's id."),
            Required("title", Text(), "One line; may use {{ as_of.year }}."),
            Optional("short", Text(), "A short label for tables and lists (default: the title)."),
            Optional("actors", OneOrMany(Text("An actor."), "Actors."), "Who would act."),
            Required("summary", Text(), "What it means."),
            Optional("pros", ListOf(Point, "Points for."), "Points for."),
            Optional("cons", ListOf(Point, "Points against."), "Points against."),
        ],
        "A policy option.");

    /// <summary>Which alternative of a decision prevails over another, and when.</summary>
    public static ObjectShape Preference { get; } = new(
        "a preference",
        [
            Required("option", Name("An option id of the decision's alternatives."), "The alternative that prevails."),
            Required("over", Name("An option id of the decision's alternatives."), "The alternative it prevails over."),
            Optional("while", Name("A fact type.", "^[A-Z][A-Za-z0-9]*$"), "Only while a fact of this type is present."),
            Optional("then", Text(), "Make it a sequence: the other follows, e.g. 'after the constitutional referendum'."),
            Required("because", Text(), "Why, as the memo says it."),
        ],
        "A rule for settling two alternatives that both fire.");

    /// <summary>One decision a principal takes.</summary>
    public static ObjectShape Decision { get; } = new(
        "a decision",
        [
            Required("id", Name("Kebab-case.", KebabCase), "The decision's id."),
            Required("question", Text(), "The question the principal answers."),
            Optional("alternatives", OneOrMany(Name("An option id."), "Option ids."), "Options of which the memo recommends one."),
            Optional("complementary", OneOrMany(Name("An option id."), "Option ids."), "Options that can go together."),
            Optional("prefer", ListOf(Preference, "Preferences."), "Which alternative prevails when two fire."),
        ],
        "A decision: a question and the options that answer it.");

    /// <summary>The whole file.</summary>
    public static ObjectShape File { get; } = new(
        "options.yaml",
        [
            Optional("decisions", ListOf(Decision, "The decisions."), "The decisions the memo is organised by, in order."),
            Required("options", ListOf(Option, "The options."), "The catalogue of options."),
        ],
        "PolicyAdvisor option catalogue (rules/options.yaml).");
}
