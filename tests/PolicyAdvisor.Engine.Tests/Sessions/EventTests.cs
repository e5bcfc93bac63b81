using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Sessions;

public sealed class EventTests
{
    [Fact]
    public void Events_InsertFireRetract_RaisedInCausalOrder()
    {
        // Arrange
        var order = new Order(1, 1, 1);
        var session = TestEngine.Session(new RuleBuilder("derive").Match<Order>("o")
            .Do(ctx => ctx.InsertLinked(new Conclusion("x"))).Build());
        var log = new EventLog(session);

        // Act
        session.Insert(order);
        session.Fire();
        session.Retract(order);

        // Assert
        Assert.Equal(
        [
            "inserted o1",
            "created derive(o1)",
            "firing derive(o1)",
            "inserted x by derive",
            "fired derive(o1) inserted [x]",
            "retracted o1",
            "deleted derive(o1)",
            "retracted x",
        ], log.Lines);
    }

    [Fact]
    public void Events_UpdateOfPendingMatch_DeletesAndRecreatesActivation()
    {
        // Arrange
        var session = TestEngine.Session(new EngineOptions().IdentifyBy<Order>(o => o.Id), new RuleBuilder("r").Match<Order>("o").Build());
        session.Insert(new Order(1, 1, 1));
        var log = new EventLog(session);

        // Act
        session.Update(new Order(1, 1, 2));

        // Assert
        Assert.Equal(["deleted r(o1)", "updated o1", "created r(o1)"], log.Lines);
    }

    [Fact]
    public void Match_ByName_ReturnsBoundFactsAndCollections()
    {
        // Arrange
        IMatch? match = null;
        var customer = new Customer(1, "a");
        var session = TestEngine.Session(new RuleBuilder("m").Match<Customer>("c").Collect<Order>("orders").Do(ctx => match = ctx.Match).Build());
        session.InsertAll([customer, new Order(1, 1, 1)]);

        // Act
        session.Fire();

        // Assert
        Assert.NotNull(match);
        Assert.Equal(["c", "orders"], match.Names);
        Assert.Same(customer, match["c"]);
        Assert.Single((IReadOnlyList<object>)match["orders"]);
        Assert.Equal(2, match.Facts.Count);
        Assert.Throws<KeyNotFoundException>(() => match["nope"]);
    }
}
