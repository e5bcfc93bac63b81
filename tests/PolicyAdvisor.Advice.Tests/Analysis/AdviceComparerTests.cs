using PolicyAdvisor.Advice.Analysis;

namespace PolicyAdvisor.Advice.Tests.Analysis;

public sealed class AdviceComparerTests
{
    [Fact]
    public void Compare_EqualSnapshots_ReturnsNoChange()
    {
        // Arrange
        var snapshot = new AdviceSnapshot([new("plan-b", "strong", ["r1"])], [new("spoiler", "high", ["r2"])], []);

        // Act
        var changes = AdviceComparer.Compare(snapshot, snapshot with { });

        // Assert
        Assert.Empty(changes);
    }

    [Fact]
    public void Compare_RiskWeighsAgainstOtherOptions_ReportsChangedWithBothDetails()
    {
        // Arrange
        var before = new AdviceSnapshot([], [new("spoiler", "high", ["r2"]) { Detail = "against plan-b" }], []);
        var after = new AdviceSnapshot([], [new("spoiler", "high", ["r2"]) { Detail = "against plan-b, ratified" }], []);

        // Act
        var change = Assert.Single(AdviceComparer.Compare(before, after));

        // Assert
        Assert.Equal((ChangeKind.Changed, "against plan-b", "against plan-b, ratified"), (change.Change, change.BeforeDetail, change.AfterDetail));
    }

    [Fact]
    public void Compare_StrengthDiffers_ReportsChangedWithBothRuleSets()
    {
        // Arrange
        var before = new AdviceSnapshot([new("plan-b", "strong", ["r1"])], [], []);
        var after = new AdviceSnapshot([new("plan-b", "moderate", ["r3"])], [], []);

        // Act
        var change = Assert.Single(AdviceComparer.Compare(before, after));

        // Assert
        Assert.Equal((ChangeKind.Changed, "strong", "moderate"), (change.Change, change.Before, change.After));
        Assert.Equal(["r1", "r3"], change.Rules);
    }

    [Fact]
    public void Compare_AddedAndRemoved_ListsRecommendationsBeforeRisksSortedById()
    {
        // Arrange
        var before = new AdviceSnapshot([new("b", "weak", ["rb"])], [new("x", "low", ["rx"])], []);
        var after = new AdviceSnapshot([new("a", "weak", ["ra"])], [], [new("t", string.Empty, ["rt"])]);

        // Act
        var changes = AdviceComparer.Compare(before, after);

        // Assert
        Assert.Equal(
            ["Recommendation Added a ra", "Recommendation Removed b rb", "Risk Removed x rx", "Tradeoff Added t rt"],
            changes.Select(c => $"{c.Kind} {c.Change} {c.Id} {string.Join(",", c.Rules)}"));
    }
}
