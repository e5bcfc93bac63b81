using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Tests.Support;

namespace PolicyAdvisor.Advice.Tests.Analysis;

public sealed class WhatIfTests
{
    private static readonly PolicyAdvisor.Advice.Running.KnowledgeBase Knowledge = TinyWorld.Load();

    [Fact]
    public void Apply_RetractFact_WithdrawsDerivedConclusionsAndNamesTheirRules()
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge);
        var edits = WhatIfEdit.ParseRetract("Agreement", situation, Knowledge.RuleBase.Schema);

        // Act
        var result = new WhatIf(Knowledge.Advisor).Apply(situation, edits);

        // Assert: the Window rested on the agreement, and plan-b and the trade-off rested on the Window.
        Assert.Empty(result.Run.FactsOf("Window"));
        Assert.Contains(result.Changes, c => c is { Kind: ConclusionKind.Recommendation, Change: ChangeKind.Removed, Id: "plan-b" } && c.Rules.SequenceEqual(["plan-b-while-window"]));
        Assert.Contains(result.Changes, c => c is { Kind: ConclusionKind.Tradeoff, Change: ChangeKind.Removed, Id: "sign-versus-ratify" });
    }

    [Fact]
    public void Apply_SetByType_UpdatesEveryFactOfTheTypeInTheLiveSession()
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge);
        var edits = WhatIfEdit.ParseSet("Election.outcome=opposition-wins", situation, Knowledge.RuleBase.Schema);

        // Act
        var result = new WhatIf(Knowledge.Advisor).Apply(situation, edits);

        // Assert
        Assert.Equal(
            [
                new AdviceChange(ConclusionKind.Recommendation, ChangeKind.Added, "hedge", null, "weak", ["hedge-on-opposition"]),
                new AdviceChange(ConclusionKind.Risk, ChangeKind.Added, "reversal", null, "high", ["opposition-reverses"]) { AfterDetail = "against plan-b" },
            ],
            result.Changes,
            ChangeComparer.Instance);
    }

    [Fact]
    public void Apply_SetThenSetBack_LeavesNoChange()
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge);
        var schema = Knowledge.RuleBase.Schema;
        IReadOnlyList<WhatIfEdit> edits = [.. WhatIfEdit.ParseSet("referendum.outcome=passed", situation, schema), .. WhatIfEdit.ParseSet("referendum.outcome=pending", situation, schema)];

        // Act
        var result = new WhatIf(Knowledge.Advisor).Apply(situation, edits);

        // Assert
        Assert.Empty(result.Changes);
        Assert.Single(result.Run.FactsOf("Window"));
    }

    [Theory]
    [InlineData("Election.outcome=landslide", "one of pending, government-wins, opposition-wins")]
    [InlineData("Election.size=3", "fields: outcome, turnout")]
    [InlineData("Parliament.outcome=x", "neither a fact type nor a fact id")]
    [InlineData("no-equals-sign", "expected Type.field=value")]
    public void ParseSet_BadInput_ThrowsNamingTheChoices(string text, string expected)
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge);

        // Act
        var error = Record.Exception(() => WhatIfEdit.ParseSet(text, situation, Knowledge.RuleBase.Schema));

        // Assert
        Assert.IsType<WhatIfInputException>(error);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private sealed class ChangeComparer : IEqualityComparer<AdviceChange>
    {
        public static readonly ChangeComparer Instance = new();

        public bool Equals(AdviceChange? x, AdviceChange? y) =>
            x is not null && y is not null && x with { Rules = [] } == y with { Rules = [] } && x.Rules.SequenceEqual(y.Rules);

        public int GetHashCode(AdviceChange obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
