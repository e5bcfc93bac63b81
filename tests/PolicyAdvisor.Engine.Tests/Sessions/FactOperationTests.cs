using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Sessions;

public sealed class FactOperationTests
{
    private static ISession Empty(EngineOptions? options = null) =>
        TestEngine.Session(options ?? new EngineOptions(), new RuleBuilder("any").Match<Order>("o").Build());

    [Fact]
    public void Insert_SameFactTwice_ThrowsFactException()
    {
        // Arrange
        var order = new Order(1, 1, 1);
        var session = Empty();
        session.Insert(order);

        // Act
        var error = Assert.Throws<FactException>(() => session.Insert(order));

        // Assert
        Assert.Same(order, error.Fact);
    }

    [Fact]
    public void Insert_EqualRecordsWithoutKey_AreDistinctFacts()
    {
        // Arrange
        var session = Empty();

        // Act
        session.Insert(new Order(1, 1, 1));
        session.Insert(new Order(1, 1, 1));

        // Assert
        Assert.Equal(2, session.Query<Order>().Count());
    }

    [Fact]
    public void TryInsert_ExistingKey_ReturnsFalse()
    {
        // Arrange
        var session = Empty(new EngineOptions().IdentifyBy<Order>(o => o.Id));
        session.Insert(new Order(1, 1, 1));

        // Act
        var inserted = session.TryInsert(new Order(1, 2, 2));

        // Assert
        Assert.False(inserted);
        Assert.Equal([new Order(1, 1, 1)], session.Query<Order>());
    }

    [Fact]
    public void InsertAll_BatchWithPresentFact_ChangesNothing()
    {
        // Arrange
        var order = new Order(1, 1, 1);
        var session = Empty();
        session.Insert(order);

        // Act
        Assert.Throws<FactException>(() => session.InsertAll([new Order(2, 1, 1), order]));

        // Assert
        Assert.Single(session.Query<Order>());
    }

    [Fact]
    public void Update_AbsentFact_ThrowsFactException()
    {
        // Arrange
        var session = Empty();

        // Act
        var act = () => session.Update(new Order(1, 1, 1));

        // Assert
        Assert.Throws<FactException>(act);
        Assert.False(session.TryUpdate(new Order(1, 1, 1)));
    }

    [Fact]
    public void Update_WithCopy_KeepsArrivalOrder()
    {
        // Arrange
        var session = Empty(new EngineOptions().IdentifyBy<Order>(o => o.Id));
        var first = new Order(1, 1, 1);
        session.InsertAll([first, new Order(2, 1, 1)]);

        // Act
        session.Update(first with { Amount = 9 });

        // Assert
        Assert.Equal([1, 2], session.Query<Order>().Select(o => o.Id));
        Assert.Equal(9, session.Query<Order>().First().Amount);
    }

    [Fact]
    public void RetractAll_BatchWithAbsentFact_ChangesNothing()
    {
        // Arrange
        var order = new Order(1, 1, 1);
        var session = Empty();
        session.Insert(order);

        // Act
        Assert.Throws<FactException>(() => session.RetractAll([order, new Order(2, 1, 1)]));

        // Assert
        Assert.Single(session.Query<Order>());
        Assert.True(session.TryRetract(order));
        Assert.False(session.TryRetract(order));
    }

    [Fact]
    public void Query_MixedTypes_ReturnsAssignableFactsInArrivalOrder()
    {
        // Arrange
        var session = Empty();
        session.InsertAll([new Dog("rex"), new Order(1, 1, 1), new Cat("tom")]);

        // Act
        var animals = session.Query<Animal>().Select(a => a.Name);

        // Assert
        Assert.Equal(["rex", "tom"], animals);
        Assert.Equal(3, session.Query(typeof(object)).Count());
    }

    [Fact]
    public void Fire_TypesAlternatingAndRepeating_EachFactReachesItsOwnTypesRules()
    {
        // Arrange: runs of one type and switches between types (the session remembers the last type's roots).
        var log = new List<string>();
        var session = TestEngine.Session(
            new RuleBuilder("dog").Match<Dog>("d").Do(TestEngine.Record(log)).Build(),
            new RuleBuilder("animal").Match<Animal>("a").Do(TestEngine.Record(log)).Build());

        // Act
        session.InsertAll([new Dog("rex"), new Dog("fido"), new Cat("tom"), new Dog("max")]);
        session.Insert(new Cat("kit"));
        session.Fire();

        // Assert
        Assert.Equal(["dog:rex", "dog:fido", "dog:max", "animal:rex", "animal:fido", "animal:tom", "animal:max", "animal:kit"], log);
    }
}
