using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Mutation;

/// <summary>Argument guards, exact failure messages and the Try* results of the session's fact operations.</summary>
public sealed class FactOperationGuardTests
{
    private static ISession Keyed() =>
        TestEngine.Session(new EngineOptions().IdentifyBy<Order>(o => o.Id), new RuleBuilder("any").Match<Order>("o").Build());

    [Fact]
    public void Insert_FactAlreadyPresent_MessageNamesFact()
    {
        // Arrange
        var session = Keyed();
        session.Insert(new Order(1, 1, 1));

        // Act
        var error = Assert.Throws<FactException>(() => session.Insert(new Order(1, 2, 2)));

        // Assert
        Assert.Equal("Fact is already in working memory. Fact=Order { Id = 1, CustomerId = 2, Amount = 2 }", error.Message);
    }

    [Fact]
    public void InsertAll_SameFactTwiceInBatch_ThrowsAndInsertsNothing()
    {
        // Arrange
        var session = Keyed();

        // Act
        var error = Assert.Throws<FactException>(() => session.InsertAll([new Order(1, 1, 1), new Order(2, 1, 1), new Order(1, 3, 3)]));

        // Assert
        Assert.Equal("Fact appears twice in the batch. Fact=Order { Id = 1, CustomerId = 3, Amount = 3 }", error.Message);
        Assert.Equal(new Order(1, 3, 3), error.Fact);
        Assert.Empty(session.Query<Order>());
        Assert.Equal(0, session.Agenda.Count);
    }

    [Fact]
    public void Update_AbsentFact_MessageNamesFact()
    {
        // Arrange
        var session = Keyed();

        // Act
        var error = Assert.Throws<FactException>(() => session.Update(new Order(7, 1, 1)));

        // Assert
        Assert.Equal("Fact is not in working memory. Fact=Order { Id = 7, CustomerId = 1, Amount = 1 }", error.Message);
    }

    [Fact]
    public void TryInsert_NewFact_InsertsAndActivates()
    {
        // Arrange
        var session = Keyed();

        // Act
        var inserted = session.TryInsert(new Order(1, 1, 1));

        // Assert
        Assert.True(inserted);
        Assert.Single(session.Query<Order>());
        Assert.Equal(1, session.Agenda.Count);
    }

    [Fact]
    public void TryUpdate_PresentFact_ReplacesItAndReturnsTrue()
    {
        // Arrange
        var session = Keyed();
        session.Insert(new Order(1, 1, 1));

        // Act
        var updated = session.TryUpdate(new Order(1, 1, 5));

        // Assert
        Assert.True(updated);
        Assert.Equal([new Order(1, 1, 5)], session.Query<Order>());
        Assert.Equal(1, session.Agenda.Count);
    }

    [Fact]
    public void TryRetract_PresentFactByKey_RemovesItAndItsActivation()
    {
        // Arrange
        var session = Keyed();
        session.InsertAll([new Order(1, 1, 1), new Order(2, 1, 1)]);

        // Act
        var retracted = session.TryRetract(new Order(1, 9, 9));

        // Assert
        Assert.True(retracted);
        Assert.Equal([new Order(2, 1, 1)], session.Query<Order>());
        Assert.Equal(1, session.Agenda.Count);
        Assert.False(session.TryRetract(new Order(1, 9, 9)));
    }

    [Fact]
    public void UpdateAll_TwoPresentFacts_ReplacesBothInArrivalOrder()
    {
        // Arrange
        var session = Keyed();
        session.InsertAll([new Order(1, 1, 1), new Order(2, 1, 1), new Order(3, 1, 1)]);

        // Act
        session.UpdateAll([new Order(3, 1, 30), new Order(1, 1, 10)]);

        // Assert
        Assert.Equal([10m, 1m, 30m], session.Query<Order>().Select(o => o.Amount));
    }

    [Fact]
    public void UpdateAll_BatchWithAbsentFact_ChangesNothing()
    {
        // Arrange
        var session = Keyed();
        session.Insert(new Order(1, 1, 1));

        // Act
        Assert.Throws<FactException>(() => session.UpdateAll([new Order(1, 1, 10), new Order(2, 1, 1)]));

        // Assert
        Assert.Equal([new Order(1, 1, 1)], session.Query<Order>());
    }

    [Fact]
    public void NullArguments_EveryOperation_ThrowsArgumentNull()
    {
        // Arrange
        var session = Keyed();

        // Act and Assert
        Assert.Throws<ArgumentNullException>(() => session.Insert(null!));
        Assert.Throws<ArgumentNullException>(() => session.TryInsert(null!));
        Assert.Throws<ArgumentNullException>(() => session.Update(null!));
        Assert.Throws<ArgumentNullException>(() => session.TryUpdate(null!));
        Assert.Throws<ArgumentNullException>(() => session.Retract(null!));
        Assert.Throws<ArgumentNullException>(() => session.TryRetract(null!));
        Assert.Throws<ArgumentNullException>(() => session.InsertAll(null!));
        Assert.Throws<ArgumentNullException>(() => session.Query(null!));
        var element = Assert.Throws<ArgumentNullException>(() => session.InsertAll([new Order(1, 1, 1), null!]));
        Assert.Equal("facts", element.ParamName);
        Assert.Empty(session.Query<Order>());
    }

    [Fact]
    public void RetractAll_FactWhoseLinkedFactIsAlsoNamed_RetractsBothOnce()
    {
        // Arrange: retracting the order takes its linked conclusion with it before the batch reaches it.
        var order = new Order(1, 1, 1);
        var session = TestEngine.Session(new RuleBuilder("derive").Match<Order>("o")
            .Do(ctx => ctx.InsertLinked(new Conclusion("x"))).Build());
        session.Insert(order);
        session.Fire();
        var conclusion = session.Query<Conclusion>().Single();
        var log = new EventLog(session);

        // Act
        session.RetractAll([order, conclusion]);

        // Assert
        Assert.Empty(session.Query(typeof(object)));
        Assert.Equal(["retracted o1", "deleted derive(o1)", "retracted x"], log.Lines);
    }

    [Fact]
    public void RetractAll_SameFactNamedTwice_RetractsItOnce()
    {
        // Arrange
        var order = new Order(1, 1, 1);
        var other = new Order(2, 1, 1);
        var session = TestEngine.Session(new RuleBuilder("any").Match<Order>("o").Build());
        session.InsertAll([order, other]);
        var log = new EventLog(session);

        // Act
        session.RetractAll([order, order]);

        // Assert
        Assert.Equal(["retracted o1", "deleted any(o1)"], log.Lines);
        Assert.Equal([other], session.Query<Order>());
        session.Insert(order);
        Assert.Equal([other, order], session.Query<Order>());
    }

    [Fact]
    public void Fire_NegativeMaximum_ThrowsArgumentOutOfRange()
    {
        // Arrange
        var session = Keyed();
        session.Insert(new Order(1, 1, 1));

        // Act
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => session.Fire(-1));

        // Assert
        Assert.Equal("maxRulesNumber", error.ParamName);
        Assert.Equal(1, session.Agenda.Count);
        Assert.Equal(0, session.Fire(0));
        Assert.Equal(1, session.Fire(1));
    }
}
