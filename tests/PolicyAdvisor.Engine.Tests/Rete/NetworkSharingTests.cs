using System.Linq.Expressions;
using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Rete;

public sealed class NetworkSharingTests
{
    [Fact]
    public void Insert_SameAlphaConditionInTwoRules_EvaluatesItOncePerFact()
    {
        // Arrange
        var probe = new Probe();
        Expression<Func<Order, bool>> condition = o => probe.Hit(o);
        var session = TestEngine.Session(
            new RuleBuilder("a").Match("o", condition).Build(),
            new RuleBuilder("b").Match("o", condition).Build());

        // Act
        session.Insert(new Order(1, 1, 1));

        // Assert
        Assert.Equal(1, probe.Calls);
        Assert.Equal(2, session.Agenda.Count);
    }

    [Fact]
    public void Insert_CandidateOnlyPartOfJoinLambda_IsTestedOncePerFact()
    {
        // Arrange
        var probe = new Probe();
        var session = TestEngine.Session(new RuleBuilder("r")
            .Match<Customer>("c")
            .Match<Order>("o", (Order o, Customer c) => probe.Hit(o) && o.CustomerId == c.Id)
            .Build());
        session.InsertAll([new Customer(1, "a"), new Customer(2, "b"), new Customer(3, "c")]);

        // Act
        session.Insert(new Order(1, 2, 1));

        // Assert
        Assert.Equal(1, probe.Calls);
        Assert.Equal(1, session.Agenda.Count);
    }

    [Fact]
    public void Insert_IndexedEqualityJoin_TestsOnlyPairsWithEqualKeys()
    {
        // Arrange
        var probe = new Probe();
        var session = TestEngine.Session(new RuleBuilder("r")
            .Match<Customer>("c")
            .Match<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id && probe.Hit(c))
            .Build());
        session.InsertAll([.. Enumerable.Range(1, 70).Select(i => new Customer(i, "c" + i))]);

        // Act
        session.InsertAll([new Order(1, 2, 1), new Order(2, 99, 1)]);

        // Assert
        Assert.Equal(1, probe.Calls);
        Assert.Equal(1, session.Agenda.Count);
    }

    [Fact]
    public void Retract_IndexedRightFact_NoLongerJoinsLaterTokens()
    {
        // Arrange
        var order = new Order(1, 1, 1);
        var session = TestEngine.Session(new RuleBuilder("r")
            .Match<Customer>("c")
            .Match<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id)
            .Build());
        session.Insert(order);
        session.Retract(order);

        // Act
        session.Insert(new Customer(1, "a"));

        // Assert
        Assert.True(session.Agenda.IsEmpty);
    }

    [Fact]
    public void Fire_NullJoinKeysOnBothSides_StillMatch()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("r")
            .Match<Customer>("a")
            .Match<Customer>("b", (Customer b, Customer a) => b.Name == a.Name)
            .Build());

        // Act
        session.InsertAll([new Customer(1, null!), new Customer(2, null!), new Customer(3, "x")]);

        // Assert
        Assert.Equal(5, session.Fire());
    }
}
