using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Analysis;

public sealed class RuleBaseAnalysisTests : IDisposable
{
    private readonly TempRuleSet _set = new();

    public void Dispose() => _set.Dispose();

    [Fact]
    public void Load_GoodFixture_FindsNoCycleAndNoCrossProduct()
    {
        _set.Load(out var diagnostics);

        Assert.DoesNotContain(diagnostics, d => d.Code is DiagnosticCodes.AssertCycle or DiagnosticCodes.CrossProduct);
    }

    [Fact]
    public void Load_TwoDerivedTypesDerivingEachOther_WarnsWithTheCycleSpelledOut()
    {
        File.AppendAllText(Path.Combine(_set.Rules, "facts.yaml"), "  Echo:\n    description: Derived. An echo.\n    derived: true\n    fields:\n      n: { type: string, description: Text. }\n");
        var rules = "rules:\n"
            + Rule("seed", "      - a: Agreement\n", "WindowNarrowing", "{ reason: start }")
            + Rule("to-echo", "      - w: WindowNarrowing\n", "Echo", "{ n: \"{{ w.reason }}{{ w.id }}\" }")
            + Rule("to-window", "      - e: Echo\n", "WindowNarrowing", "{ reason: \"{{ e.n }}{{ e.id }}\" }");

        var (_, diagnostics) = _set.LoadWith("zz.rules.yaml", rules);

        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.AssertCycle);
        Assert.Equal(
            "derived type Echo can re-derive itself: Echo -> WindowNarrowing by rule 'to-window' (rules/zz.rules.yaml:20), WindowNarrowing -> Echo by rule 'to-echo' (rules/zz.rules.yaml:11); each firing can assert a new fact (or undo a premise) and fire again until the firing budget stops the run",
            warning.Message);
        Assert.Equal(20, warning.Line);
    }

    [Fact]
    public void Load_RuleThatUndoesItsOwnPremise_WarnsAsACycleOfOne()
    {
        var (_, diagnostics) = _set.LoadWith("zz.rules.yaml", "rules:\n" + Rule("flip-flop", "      - a: Agreement\n      - not: WindowNarrowing\n", "WindowNarrowing", "{ reason: flip }"));

        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.AssertCycle);
        Assert.Contains("WindowNarrowing -> WindowNarrowing by rule 'flip-flop' (rules/zz.rules.yaml:2)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ThreeUnlinkedPatternsOverOneType_WarnsAboutTheCrossProduct()
    {
        var (_, diagnostics) = _set.LoadWith("zz.rules.yaml", "rules:\n" + Rule("cube", "      - p: Precondition\n      - q: Precondition\n      - r: Precondition\n", "WindowNarrowing", "{ reason: r }"));

        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.CrossProduct);
        Assert.StartsWith("rule 'cube' matches every combination of 3 groups of patterns that no condition links (p: Precondition; q: Precondition; r: Precondition)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, warning.Line);
    }

    [Theory]
    [InlineData("      - p: Precondition\n      - q: Precondition\n        where: subject == p.subject\n      - r: Precondition\n        where: subject == q.subject\n")]
    [InlineData("      - p: Precondition\n      - a: Agreement\n      - r: Precondition\n        where: subject == p.subject\n")]
    [InlineData("      - n: Situation\n      - a: Agreement\n      - p: Precondition\n")]
    public void Load_LinkedOrDistinctSingleTypes_NoCrossProductWarning(string when)
    {
        var (_, diagnostics) = _set.LoadWith("zz.rules.yaml", "rules:\n" + Rule("fine", when, "WindowNarrowing", "{ reason: r }"));

        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.CrossProduct);
    }

    private static string Rule(string id, string when, string asserts, string set) =>
        $"  - id: {id}\n    kind: assessment\n    title: T\n    sources: [test-2026#1]\n    when:\n{when}    then:\n      assert: {asserts}\n      set: {set}\n";
}
