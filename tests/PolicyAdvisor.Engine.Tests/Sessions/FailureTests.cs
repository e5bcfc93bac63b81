using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Sessions;

public sealed class FailureTests
{
    [Fact]
    public void Insert_ConditionThrows_RaisesErrorThenThrowsConditionException()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("fragile")
            .Match<Customer>("c", c => c.Name.Length > 0).Build());
        var errors = new List<RuleExecutionException>();
        session.Events.Error += (_, e) => errors.Add(e.Exception);

        // Act
        var error = Assert.Throws<RuleConditionException>(() => session.Insert(new Customer(1, null!)));

        // Assert
        Assert.Equal("fragile", error.RuleId);
        Assert.IsType<NullReferenceException>(error.InnerException);
        Assert.StartsWith("Condition failed. Rule=fragile Condition=c => (c.Name.Length > 0) Facts=[Customer { Id = 1, Name =  }]:", error.Message, StringComparison.Ordinal);
        Assert.Same(error, Assert.Single(errors));
    }

    [Fact]
    public void Fire_JoinConditionThrows_NamesBothFacts()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("join")
            .Match<Order>("o")
            .Match<Customer>("c", (Customer c, Order o) => c.Name.Length > o.Id).Build());
        session.Insert(new Order(1, 1, 1));

        // Act
        var error = Assert.Throws<RuleConditionException>(() => session.Insert(new Customer(1, null!)));

        // Assert
        Assert.Equal(2, error.Facts.Count);
        Assert.Equal("(c, o) => (c.Name.Length > o.Id)", error.Condition);
    }

    [Fact]
    public void Insert_IndexedJoinKeyThrows_NamesTheEquality()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("keyed")
            .Match<Order>("o")
            .Match<Customer>("c", (Customer c, Order o) => c.Name.Length == o.Id).Build());
        session.Insert(new Order(1, 1, 1));

        // Act
        var error = Assert.Throws<RuleConditionException>(() => session.Insert(new Customer(1, null!)));

        // Assert
        Assert.Equal("keyed", error.RuleId);
        Assert.Equal("(c, o) => (c.Name.Length == o.Id)", error.Condition);
    }

    [Fact]
    public void Fire_ActionThrows_ThrowsActionExceptionWithFacts()
    {
        // Arrange
        var order = new Order(1, 1, 1);
        var session = TestEngine.Session(new RuleBuilder("broken").Match<Order>("o")
            .Do(_ => throw new InvalidOperationException("boom")).Build());
        session.Insert(order);
        var errors = 0;
        session.Events.Error += (_, _) => errors++;

        // Act
        var error = Assert.Throws<RuleActionException>(() => session.Fire());

        // Assert
        Assert.Equal("broken", error.RuleId);
        Assert.Equal([order], error.Facts);
        Assert.EndsWith(": boom", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, errors);
    }

    [Fact]
    public void Fire_ActionInsertsDuplicate_WrapsFactExceptionNamingRule()
    {
        // Arrange
        var order = new Order(1, 1, 1);
        var session = TestEngine.Session(new RuleBuilder("dup").Match<Order>("o").Do(ctx => ctx.Insert(ctx.Match["o"])).Build());
        session.Insert(order);

        // Act
        var error = Assert.Throws<RuleActionException>(() => session.Fire());

        // Assert
        Assert.IsType<FactException>(error.InnerException);
    }
}
