using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Rete;

/// <summary>
/// A token's first child reuses the parent's value array, later siblings copy it: whichever child is deleted or
/// comes back, every activation must keep reading the facts it matched.
/// </summary>
public sealed class SharedValuesTests
{
    [Fact]
    public void Fire_SiblingsAfterTheSharingChildIsRetracted_EachSeesItsOwnFacts()
    {
        // Arrange: three orders of one customer are three children of the customer's token.
        var log = new List<string>();
        var orders = new[] { new Order(1, 1, 1), new Order(2, 1, 1), new Order(3, 1, 1) };
        var session = TestEngine.Session(new RuleBuilder("pair").Match<Customer>("c")
            .Match<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id)
            .Match<Refund>("r", (Refund r, Order o) => r.OrderId == o.Id)
            .Do(TestEngine.Record(log)).Build());
        session.InsertAll([new Customer(1, "a"), .. orders]);

        // Act: the first order's token (the one sharing the customer's array) goes, a new order comes.
        session.Retract(orders[0]);
        session.InsertAll([new Order(4, 1, 1), new Refund(1), new Refund(2), new Refund(3), new Refund(4)]);
        session.Fire();

        // Assert
        Assert.Equal(["pair:c1,o2,r2", "pair:c1,o3,r3", "pair:c1,o4,r4"], log);
    }

    [Fact]
    public void Fire_NotBlockedAndReleased_ChildSeesTheFactsOfItsParent()
    {
        // Arrange
        var log = new List<string>();
        var refund = new Refund(1);
        var session = TestEngine.Session(new RuleBuilder("open").Match<Order>("o")
            .Not<Refund>("r", (Refund r, Order o) => r.OrderId == o.Id)
            .Match<Customer>("c", (Customer c, Order o) => c.Id == o.CustomerId)
            .Do(TestEngine.Record(log)).Build());
        session.InsertAll([new Order(1, 1, 1), new Order(2, 2, 1), new Customer(1, "a"), new Customer(2, "b")]);

        // Act
        session.Insert(refund);
        session.Retract(refund);
        session.Fire();

        // Assert
        Assert.Equal(["open:o1,c1", "open:o2,c2"], log);
    }

    [Fact]
    public void Fire_CollectionChangedAfterFiring_OldMatchKeepsItsCollection()
    {
        // Arrange
        var matches = new List<IMatch>();
        var session = TestEngine.Session(new RuleBuilder("orders").Match<Customer>("c")
            .Collect<Order>("os", "o", [(Order o, Customer c) => o.CustomerId == c.Id])
            .Do(ctx => matches.Add(ctx.Match)).Build());
        session.InsertAll([new Customer(1, "a"), new Order(1, 1, 1)]);
        session.Fire();

        // Act
        session.Insert(new Order(2, 1, 1));
        session.Fire();

        // Assert
        Assert.Equal([1, 2], matches.Select(m => ((IReadOnlyList<object>)m["os"]).Count));
        Assert.All(matches, m => Assert.Equal(new Customer(1, "a"), m["c"]));
    }
}
