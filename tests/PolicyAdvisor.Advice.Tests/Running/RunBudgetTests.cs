using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Tests.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Running;

/// <summary>No rule base or situation makes a run grow or fire without bound, and failures point at the rules.</summary>
public sealed class RunBudgetTests
{
    private const string LoopTypes =
        "  A:\n    description: Derived. A.\n    derived: true\n    fields:\n      n: { type: string, description: N. }\n" +
        "  B:\n    description: Derived. B.\n    derived: true\n    fields:\n      n: { type: string, description: N. }\n";

    private const string LoopRules =
        "  - id: a-from-agreement\n    kind: assessment\n    title: A\n    when:\n      - agreement: Agreement\n    then:\n      assert: A\n      set: { n: \"x\" }\n      because: b\n    sources: [mini#1]\n" +
        "  - id: b-from-a\n    kind: assessment\n    title: B\n    when:\n      - a: A\n    then:\n      assert: B\n      set: { n: \"{{ a.n }}{{ a.id }}\" }\n      because: b\n    sources: [mini#1]\n" +
        "  - id: a-from-b\n    kind: assessment\n    title: A again\n    when:\n      - b: B\n    then:\n      assert: A\n      set: { n: \"{{ b.n }}\" }\n      because: b\n    sources: [mini#1]\n";

    [Fact]
    public void Run_RulesReDerivingEachOther_StopsAtTheFiringBudgetNamingTheCycle()
    {
        // Arrange
        var knowledge = ScratchKnowledge.Load(LoopTypes, LoopRules, new RunBudgets { MaxFirings = 40, MaxDerivedText = 1_000_000 });

        // Act
        var failure = Assert.Throws<RuleRunException>(() => knowledge.Advisor.Run(Mini.Situation(knowledge, "base")));

        // Assert
        Assert.Equal(DiagnosticCodes.RuleLoop, failure.Diagnostic.Code);
        Assert.EndsWith("extra.rules.yaml", failure.Diagnostic.File, StringComparison.Ordinal);
        Assert.Contains("40 firings", failure.Diagnostic.Message, StringComparison.Ordinal);
        Assert.True(failure.Diagnostic.Message.Contains("b-from-a → a-from-b → b-from-a", StringComparison.Ordinal)
            || failure.Diagnostic.Message.Contains("a-from-b → b-from-a → a-from-b", StringComparison.Ordinal), failure.Diagnostic.Message);
        Assert.Contains("'a-from-b' at ", failure.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CycleWithConstantValues_StopsAtTheFiringBudgetNotAtAnIdGrownByTheCycle()
    {
        // Arrange: each conclusion's id embeds the ids it matched, so only hashing long supports keeps them short
        var rules = LoopRules.Replace("set: { n: \"{{ a.n }}{{ a.id }}\" }", "set: { n: \"c\" }", StringComparison.Ordinal)
            .Replace("set: { n: \"{{ b.n }}\" }", "set: { n: \"c\" }", StringComparison.Ordinal);
        var knowledge = ScratchKnowledge.Load(LoopTypes, rules, new RunBudgets { MaxFirings = 400 });

        // Act
        var failure = Assert.Throws<RuleRunException>(() => knowledge.Advisor.Run(Mini.Situation(knowledge, "base")));

        // Assert
        Assert.Equal(DiagnosticCodes.RuleLoop, failure.Diagnostic.Code);
    }

    [Fact]
    public void Run_DerivedTextGrowingEachCycle_StopsAtTheTextBudgetAtTheRule()
    {
        // Arrange
        var knowledge = ScratchKnowledge.Load(LoopTypes, LoopRules, new RunBudgets { MaxDerivedText = 500 });

        // Act
        var failure = Assert.Throws<RuleRunException>(() => knowledge.Advisor.Run(Mini.Situation(knowledge, "base")));

        // Assert
        Assert.Equal(DiagnosticCodes.DerivedValueTooLarge, failure.Diagnostic.Code);
        Assert.Contains("past the budget of 500", failure.Diagnostic.Message, StringComparison.Ordinal);
        Assert.True(failure.Diagnostic.Line > 0);
    }

    [Fact]
    public void Run_MoreFactsThanTheBudget_FailsWithTheFactBudget()
    {
        // Arrange: the situation has four facts with the Situation fact; derived ones push past five
        var knowledge = ScratchKnowledge.Load(string.Empty, string.Empty, new RunBudgets { MaxFacts = 5 });

        // Act
        var failure = Assert.Throws<RuleRunException>(() => knowledge.Advisor.Run(Mini.Situation(knowledge, "base")));

        // Assert
        Assert.Equal(DiagnosticCodes.FactBudget, failure.Diagnostic.Code);
        Assert.Contains("budget of 5 facts", failure.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SituationLargerThanTheFactBudget_IsRefusedBeforeAnyRuleRuns()
    {
        // Arrange
        var knowledge = ScratchKnowledge.Load(string.Empty, string.Empty, new RunBudgets { MaxFacts = 3 });

        // Act
        var failure = Assert.Throws<RuleRunException>(() => knowledge.Advisor.Run(Mini.Situation(knowledge, "base")));

        // Assert
        Assert.Equal(DiagnosticCodes.FactBudget, failure.Diagnostic.Code);
        Assert.EndsWith("base.yaml", failure.Diagnostic.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MoreMatchesThanTheBudget_FailsAtTheRuleThatMatched()
    {
        // Arrange
        var rules = "  - id: every-pair\n    kind: assessment\n    title: P\n    when:\n      - x: Election\n      - y: Election\n      - z: Agreement\n    then:\n      assert: A\n      set: { n: \"p\" }\n      because: b\n    sources: [mini#1]\n";
        var knowledge = ScratchKnowledge.Load(LoopTypes, rules, new RunBudgets { MaxMatches = 3 });

        // Act
        var failure = Assert.Throws<RuleRunException>(() => knowledge.Advisor.Run(Mini.Situation(knowledge, "base")));

        // Assert
        Assert.Equal(DiagnosticCodes.MatchBudget, failure.Diagnostic.Code);
        Assert.Contains("more than 3 combinations", failure.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ConditionThrowing_FailsAtThePremiseNamingTheFact()
    {
        // Arrange: a date pushed past the calendar's end
        var rules = "  - id: far-future\n    kind: assessment\n    title: F\n    when:\n      - now: Situation\n      - election: Election\n        where: date.AddDays(4000000) > now.as_of\n    then:\n      assert: A\n      set: { n: \"f\" }\n      because: b\n    sources: [mini#3]\n";
        var knowledge = ScratchKnowledge.Load(LoopTypes, rules);

        // Act
        var failure = Assert.Throws<RuleRunException>(() => knowledge.Advisor.Run(Mini.Situation(knowledge, "base")));

        // Assert
        Assert.Equal(DiagnosticCodes.RunFailed, failure.Diagnostic.Code);
        Assert.Equal((7, 9), (failure.Diagnostic.Line, failure.Diagnostic.Column));
        Assert.Contains("rule 'far-future'", failure.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Election{id=election", failure.Diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Diagnostic.Message);
    }

    [Fact]
    public void Sweep_ConditionThrowingInEveryScenario_FailsWithOneRunFailureNotAnAggregate()
    {
        // Arrange
        var rules = "  - id: divide\n    kind: assessment\n    title: D\n    when:\n      - referendum: Referendum\n      - election: Election\n        where: date.AddDays(4000000) > date\n    then:\n      assert: A\n      set: { n: \"d\" }\n      because: b\n    sources: [mini#2]\n";
        var knowledge = ScratchKnowledge.Load(LoopTypes, rules);

        // Act
        var failure = Assert.Throws<RuleRunException>(() => new Sweep(knowledge.Advisor).Run(Mini.Situation(knowledge, "base"), new SweepOptions(Samples: 20)));

        // Assert
        Assert.Equal(DiagnosticCodes.RunFailed, failure.Diagnostic.Code);
        Assert.Contains("rule 'divide'", failure.Diagnostic.Message, StringComparison.Ordinal);
    }
}
