using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;
using static PolicyAdvisor.Rules.Shapes;

namespace PolicyAdvisor.Advice.Testing;

/// <summary>The shape of a rule test file <c>rules/tests/*.yaml</c>, read by <see cref="RuleTestLoader"/> and published as <c>rule-tests.schema.json</c>.</summary>
public static class RuleTestShape
{
    /// <summary>What a test expects.</summary>
    public static ObjectShape Expect { get; } = new(
        "'expect'",
        [
            Optional("recommended", Ids("Option ids."), "Options that must be recommended."),
            Optional("not_recommended", Ids("Option ids."), "Options that must not be."),
            Optional("risks", Ids("Risk ids."), "Risks that must be raised."),
            Optional("no_risks", Ids("Risk ids."), "Risks that must not be."),
            Optional("tradeoffs", Ids("Trade-off ids."), "Trade-offs that must be recorded."),
            Optional("no_tradeoffs", Ids("Trade-off ids."), "Trade-offs that must not be."),
            Optional("asserted", Ids("Derived fact types."), "Derived types that must be present."),
            Optional("not_asserted", Ids("Derived fact types."), "Derived types that must not be."),
        ],
        "The expectations.");

    /// <summary>One test.</summary>
    public static ObjectShape Test { get; } = new(
        "a rule test",
        [
            Required("name", Text(), "What the test shows."),
            Optional("situation", Name("A situation file stem."), "The situation to start from (or give 'facts')."),
            Optional("as_of", Value(ValueKind.Date, "yyyy-mm-dd."), "Overrides the situation's date."),
            Optional("set", new MapShape(null, Value(ValueKind.Any, "A value."), "Values by '<fact id>.<field>'."), "Field values to change."),
            Optional("retract", OneOrMany(Name("A fact id."), "Fact ids."), "Facts to drop."),
            Optional("facts", ListOf(SituationShape.Fact, "Facts."), "Extra facts, as in situations."),
            Required("expect", Expect, "What must and must not be concluded."),
        ],
        "A scenario test.");

    /// <summary>The whole file.</summary>
    public static ObjectShape File { get; } = new("a rule test file", [Required("tests", ListOf(Test, "Tests."), "The tests.")], "PolicyAdvisor rule tests (rules/tests/*.yaml).");

    private static ListShape Ids(string description) => OneOrMany(Name("An id."), description);
}
