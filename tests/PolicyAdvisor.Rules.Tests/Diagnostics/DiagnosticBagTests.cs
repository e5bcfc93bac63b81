namespace PolicyAdvisor.Rules.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void Add_PastCapacity_CountsButDoesNotKeep()
    {
        var bag = new DiagnosticBag(capacity: 3);

        for (var i = 1; i <= 5; i++)
        {
            bag.Error("PA0012", "wrong shape", "f.yaml", i, 1);
        }

        Assert.Equal((3, 5, 2, true), (bag.Items.Count, bag.ErrorCount, bag.Omitted, bag.HasErrors));
        Assert.Equal([1, 2, 3], bag.Items.Select(d => d.Line));
    }

    [Fact]
    public void Add_FloodOfWarnings_NeverCrowdsOutAnError()
    {
        var bag = new DiagnosticBag(capacity: 2);

        for (var i = 1; i <= 10; i++)
        {
            bag.Warning("PA0520", "no sources", "f.yaml", i, 1);
        }

        bag.Error("PA0012", "wrong shape", "f.yaml", 11, 1);

        Assert.Single(bag.Items, d => d.IsError);
        Assert.Equal((1, 8), (bag.ErrorCount, bag.Omitted));
    }

    [Fact]
    public void Constructor_NonPositiveCapacity_Rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiagnosticBag(0));
    }
}
