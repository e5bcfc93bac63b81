using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Sessions;

public sealed class TruthMaintenanceTests
{
    // order -> "risk:oN" (linked); risk -> "alert:..." (linked): a two-step derivation chain.
    private static RuleDefinition[] Chain() =>
    [
        new RuleBuilder("risk").Match<Order>("o", o => o.Amount > 10)
            .Do(ctx => ctx.InsertLinked(new Conclusion("risk:o" + ((Order)ctx.Match["o"]).Id))).Build(),
        new RuleBuilder("alert").Match<Conclusion>("c", c => c.Text.StartsWith("risk:"))
            .Do(ctx => ctx.InsertLinked(new Conclusion("alert:" + ((Conclusion)ctx.Match["c"]).Text))).Build(),
    ];

    [Fact]
    public void Retract_SupportingFact_RetractsLinkedFactsTransitively()
    {
        // Arrange
        var order = new Order(1, 1, 50);
        var session = TestEngine.Session(Chain());
        session.InsertAll([order, new Order(2, 1, 60)]);
        session.Fire();

        // Act
        session.Retract(order);

        // Assert
        Assert.Equal(["risk:o2", "alert:risk:o2"], session.Conclusions());
    }

    [Fact]
    public void Update_SupportNoLongerMatches_RetractsLinkedFacts()
    {
        // Arrange
        var options = new EngineOptions().IdentifyBy<Order>(o => o.Id);
        var session = TestEngine.Session(options, Chain());
        session.Insert(new Order(1, 1, 50));
        session.Fire();

        // Act
        session.Update(new Order(1, 1, 5));
        session.Fire();

        // Assert
        Assert.Empty(session.Conclusions());
    }

    [Fact]
    public void Update_SupportStillMatches_ReplacesLinkedFactsWithoutDuplicates()
    {
        // Arrange
        var options = new EngineOptions().IdentifyBy<Order>(o => o.Id);
        var session = TestEngine.Session(options, Chain());
        session.Insert(new Order(1, 1, 50));
        session.Fire();

        // Act
        session.Update(new Order(1, 1, 70));
        session.Fire();

        // Assert
        Assert.Equal(["risk:o1", "alert:risk:o1"], session.Conclusions());
    }

    [Fact]
    public void Insert_BlockerOfNot_RetractsWhatTheNotDerived()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("clean")
            .Match<Order>("o")
            .Not<Refund>("r", (Refund r, Order o) => r.OrderId == o.Id)
            .Do(ctx => ctx.InsertLinked(new Conclusion("clean"))).Build());
        session.Insert(new Order(1, 1, 1));
        session.Fire();

        // Act
        session.Insert(new Refund(1));

        // Assert
        Assert.Empty(session.Conclusions());
    }

    [Fact]
    public void Retract_UnlinkedInsert_KeepsFactsInsertedPlainly()
    {
        // Arrange
        var order = new Order(1, 1, 1);
        var session = TestEngine.Session(new RuleBuilder("plain").Match<Order>("o")
            .Do(ctx => ctx.Insert(new Conclusion("kept"))).Build());
        session.Insert(order);
        session.Fire();

        // Act
        session.Retract(order);

        // Assert
        Assert.Equal(["kept"], session.Conclusions());
    }
}
