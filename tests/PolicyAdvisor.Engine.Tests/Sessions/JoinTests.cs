using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Sessions;

public sealed class JoinTests
{
    [Fact]
    public void Fire_JoinedFacts_FiresOncePerMatchingPair()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("big-order")
            .Match<Customer>("c")
            .Match<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id, (Order o) => o.Amount > 10)
            .Do(TestEngine.Record(log)).Build());
        session.InsertAll([new Customer(1, "a"), new Customer(2, "b"), new Order(10, 1, 50), new Order(11, 2, 5), new Order(12, 1, 20)]);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(2, fired);
        Assert.Equal(["big-order:c1,o10", "big-order:c1,o12"], log);
    }

    [Fact]
    public void Fire_FactInsertedAfterFire_MatchesIncrementally()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("pair")
            .Match<Customer>("c")
            .Match<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id)
            .Do(TestEngine.Record(log)).Build());
        session.Insert(new Order(10, 1, 1));
        session.Fire();

        // Act
        session.Insert(new Customer(1, "a"));
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Equal(["pair:c1,o10"], log);
    }

    [Fact]
    public void Fire_SelfJoinOnOneType_PairsEachCombinationOnce()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("pairs")
            .Match<Customer>("a")
            .Match<Customer>("b")
            .Do(TestEngine.Record(log)).Build());

        // Act
        session.InsertAll([new Customer(1, "x"), new Customer(2, "y"), new Customer(3, "z")]);
        var fired = session.Fire();

        // Assert
        Assert.Equal(9, fired);
        Assert.Equal(9, log.Distinct().Count());
    }

    [Fact]
    public void Retract_JoinedFact_RemovesPendingActivation()
    {
        // Arrange
        var customer = new Customer(1, "a");
        var session = TestEngine.Session(new RuleBuilder("pair")
            .Match<Customer>("c")
            .Match<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id)
            .Build());
        session.InsertAll([customer, new Order(10, 1, 1)]);

        // Act
        session.Retract(customer);

        // Assert
        Assert.True(session.Agenda.IsEmpty);
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Fire_PatternOfBaseType_MatchesSubtypes()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("animal").Match<Animal>("a").Do(TestEngine.Record(log)).Build());

        // Act
        session.InsertAll([new Dog("rex"), new Cat("tom")]);
        session.Fire();

        // Assert
        Assert.Equal(["animal:rex", "animal:tom"], log);
    }
}
