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
            Required("title", Text(), "One line."),
            Optional("actors", OneOrMany(Text("An actor."), "Actors."), "Who would act."),
            Required("summary", Text(), "What it means."),
            Optional("pros", ListOf(Point, "Points for."), "Points for."),
            Optional("cons", ListOf(Point, "Points against."), "Points against."),
        ],
        "A policy option.");

    /// <summary>The whole file.</summary>
    public static ObjectShape File { get; } = new("options.yaml", [Required("options", ListOf(Option, "The options."), "The catalogue of options.")], "PolicyAdvisor option catalogue (rules/options.yaml).");
}
