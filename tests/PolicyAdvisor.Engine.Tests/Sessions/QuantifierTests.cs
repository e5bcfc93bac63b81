using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Sessions;

public sealed class QuantifierTests
{
    private static RuleDefinition Unrefunded(List<string> log) => new RuleBuilder("unrefunded")
        .Match<Order>("o")
        .Not<Refund>("r", (Refund r, Order o) => r.OrderId == o.Id)
        .Do(TestEngine.Record(log)).Build();

    [Fact]
    public void Fire_NotWithoutBlockingFact_Fires()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(Unrefunded(log));
        session.InsertAll([new Order(1, 1, 1), new Order(2, 1, 1), new Refund(2)]);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["unrefunded:o1"], log);
    }

    [Fact]
    public void Retract_BlockingFact_ActivatesNot()
    {
        // Arrange
        var log = new List<string>();
        var refund = new Refund(1);
        var session = TestEngine.Session(Unrefunded(log));
        session.InsertAll([new Order(1, 1, 1), refund]);
        session.Fire();

        // Act
        session.Retract(refund);
        session.Fire();

        // Assert
        Assert.Equal(["unrefunded:o1"], log);
    }

    [Fact]
    public void Insert_BlockingFactBeforeFire_DeletesActivation()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(Unrefunded(log));
        session.Insert(new Order(1, 1, 1));

        // Act
        session.Insert(new Refund(1));

        // Assert
        Assert.Equal(0, session.Fire());
        Assert.Empty(log);
    }

    [Fact]
    public void Fire_NotAloneInEmptySession_FiresOnce()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("no-orders").Not<Order>("o").Do(TestEngine.Record(log)).Build());

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Equal(["no-orders:"], log);
    }

    [Fact]
    public void Fire_ExistsWithSeveralMatches_FiresOnce()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("has-refund")
            .Match<Customer>("c")
            .Exists<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id)
            .Do(TestEngine.Record(log)).Build());
        session.InsertAll([new Customer(1, "a"), new Customer(2, "b"), new Order(1, 1, 1), new Order(2, 1, 1)]);

        // Act
        session.Fire();
        session.Insert(new Order(3, 1, 1));
        session.Fire();

        // Assert
        Assert.Equal(["has-refund:c1"], log);
    }

    [Fact]
    public void Retract_LastExistingFact_DeletesActivation()
    {
        // Arrange
        var order = new Order(1, 1, 1);
        var session = TestEngine.Session(new RuleBuilder("any").Exists<Order>("o").Build());
        session.Insert(order);

        // Act
        session.Retract(order);

        // Assert
        Assert.True(session.Agenda.IsEmpty);
    }

    [Fact]
    public void Fire_CollectWithCountCondition_BindsFactsInArrivalOrder()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("many")
            .Match<Customer>("c")
            .Collect<Order>("orders", "o", [(Order o, Customer c) => o.CustomerId == c.Id], (IReadOnlyList<object> orders) => orders.Count > 1)
            .Do(TestEngine.Record(log)).Build());
        session.InsertAll([new Order(3, 1, 1), new Customer(1, "a"), new Order(1, 1, 1), new Order(2, 2, 1)]);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["many:c1,o3,o1"], log);
    }

    [Fact]
    public void Insert_IntoFiredCollection_FiresAgainWithNewCollection()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("all").Collect<Order>("orders").Do(TestEngine.Record(log)).Build());
        session.Fire();

        // Act
        session.Insert(new Order(1, 1, 1));
        session.Fire();

        // Assert
        Assert.Equal(["all:", "all:o1"], log);
    }

    [Fact]
    public void Retract_BelowCollectThreshold_DeletesActivation()
    {
        // Arrange
        var first = new Order(1, 1, 1);
        var session = TestEngine.Session(new RuleBuilder("two")
            .Collect<Order>("orders", having: (IReadOnlyList<object> orders) => orders.Count >= 2)
            .Build());
        session.InsertAll([first, new Order(2, 1, 1)]);

        // Act
        session.Retract(first);

        // Assert
        Assert.Equal(0, session.Agenda.Count);
    }

    [Fact]
    public void Fire_CollectWithItemCondition_CollectsOnlyMatchingItems()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("big")
            .Collect<Order>("orders", o => o.Amount > 5)
            .Do(TestEngine.Record(log)).Build());
        session.InsertAll([new Order(1, 1, 10), new Order(2, 1, 1), new Order(3, 1, 6)]);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["big:o1,o3"], log);
    }
}
