using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Sessions;

public sealed class FiringTests
{
    private static ISession Orders(Action<IContext> action, int count)
    {
        var session = TestEngine.Session(new RuleBuilder("each").Match<Order>("o").Do(action).Build());
        session.InsertAll([.. Enumerable.Range(1, count).Select(i => new Order(i, 1, 1))]);
        return session;
    }

    [Fact]
    public void Fire_ActionHalts_StopsAfterThatAction()
    {
        // Arrange
        var session = Orders(ctx => ctx.Halt(), 3);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Equal(2, session.Agenda.Count);
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Fire_WithMaximum_FiresAtMostThatMany()
    {
        // Arrange
        var session = Orders(_ => { }, 5);

        // Act
        var fired = session.Fire(2);

        // Assert
        Assert.Equal(2, fired);
        Assert.Equal(3, session.Fire());
    }

    [Fact]
    public void Fire_CancelledBetweenFirings_StopsAndReturnsCount()
    {
        // Arrange
        using var cancellation = new CancellationTokenSource();
        var session = Orders(_ => cancellation.Cancel(), 3);

        // Act
        var fired = session.Fire(cancellation.Token);

        // Assert
        Assert.Equal(1, fired);
    }

    [Fact]
    public void Fire_RuleUpdatingItsOwnFact_ThrowsLoopExceptionNamingIt()
    {
        // Arrange
        var options = new EngineOptions { MaxActivationsPerFire = 50 }.IdentifyBy<Counter>(c => c.Id);
        var session = TestEngine.Session(options,
            new RuleBuilder("bump").Match<Counter>("n").Do(ctx => ctx.Update((Counter)ctx.Match["n"] with { Value = ((Counter)ctx.Match["n"]).Value + 1 })).Build(),
            new RuleBuilder("quiet").Priority(1).Match<Order>("o").Build());
        session.InsertAll([new Counter(1, 0), new Order(1, 1, 1)]);

        // Act
        var error = Assert.Throws<RuleLoopException>(() => session.Fire());

        // Assert
        Assert.Equal(50, error.Limit);
        Assert.Equal("bump", error.RuleIds[0]);
        Assert.Contains("Rules=[bump (49 times), quiet (1 times)]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_ExactlyAtBound_DoesNotThrow()
    {
        // Arrange
        var options = new EngineOptions { MaxActivationsPerFire = 3 };
        var session = TestEngine.Session(options, new RuleBuilder("each").Match<Order>("o").Build());
        session.InsertAll([new Order(1, 1, 1), new Order(2, 1, 1), new Order(3, 1, 1)]);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(3, fired);
    }

    [Fact]
    public void Fire_ActionRetractsOwnFact_RetractsItsLinkedFacts()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("consume").Match<Order>("o").Do(ctx =>
        {
            ctx.InsertLinked(new Conclusion("before"));
            ctx.Retract(ctx.Match["o"]);
            ctx.InsertLinked(new Conclusion("after"));
        }).Build());
        session.Insert(new Order(1, 1, 1));

        // Act
        session.Fire();

        // Assert
        Assert.Empty(session.Conclusions());
        Assert.Empty(session.Query<Order>());
    }
}
