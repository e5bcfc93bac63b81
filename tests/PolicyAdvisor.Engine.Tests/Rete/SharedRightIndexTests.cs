using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Rete;

public sealed class SharedRightIndexTests
{
    [Fact]
    public void Fire_TwoRulesJoiningSameMemoryBySameKeyAfterRetract_FireOnlyLivePairs()
    {
        // Arrange: threshold 0 so both joins index at once and share the orders' index by customer id.
        var log = new List<string>();
        var options = new EngineOptions { JoinIndexThreshold = 0 };
        var session = TestEngine.Session(
            options,
            new RuleBuilder("a").Match<Customer>("c").Match<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id).Do(TestEngine.Record(log)).Build(),
            new RuleBuilder("b").Match<Customer>("c").Match<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id && o.Amount > 1).Do(TestEngine.Record(log)).Build());
        var gone = new Order(2, 1, 5);
        session.InsertAll([new Order(1, 1, 1), gone, new Customer(1, "x"), new Customer(2, "y"), new Order(3, 2, 9)]);

        // Act
        session.Retract(gone);
        session.Insert(new Order(4, 1, 3));
        session.Fire();

        // Assert
        Assert.Equal(["a:c1,o1", "a:c1,o4", "a:c2,o3", "b:c1,o4", "b:c2,o3"], log);
    }
}
