using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Sessions;

public sealed class AgendaOrderTests
{
    [Fact]
    public void Fire_DifferentPriorities_HigherPriorityFirst()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(
            new RuleBuilder("low").Match<Order>("o").Do(TestEngine.Record(log)).Build(),
            new RuleBuilder("high").Priority(5).Match<Order>("o").Do(TestEngine.Record(log)).Build());
        session.Insert(new Order(1, 1, 1));

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["high:o1", "low:o1"], log);
    }

    [Fact]
    public void Fire_EqualPriority_DeclarationOrderThenArrivalOrder()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(
            new RuleBuilder("first").Match<Order>("o").Do(TestEngine.Record(log)).Build(),
            new RuleBuilder("second").Match<Order>("o").Do(TestEngine.Record(log)).Build());
        session.InsertAll([new Order(2, 1, 1), new Order(1, 1, 1)]);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["first:o2", "first:o1", "second:o2", "second:o1"], log);
    }

    [Fact]
    public void Fire_JoinTies_OrderedLexicographicallyByArrival()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("pair")
            .Match<Customer>("c")
            .Match<Order>("o")
            .Do(TestEngine.Record(log)).Build());
        session.InsertAll([new Order(1, 1, 1), new Customer(2, "b"), new Customer(1, "a"), new Order(2, 1, 1)]);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["pair:c2,o1", "pair:c2,o2", "pair:c1,o1", "pair:c1,o2"], log);
    }

    [Fact]
    public void Peek_PendingActivations_ShowsNextToFire()
    {
        // Arrange
        var session = TestEngine.Session(
            new RuleBuilder("low").Match<Order>("o").Build(),
            new RuleBuilder("high").Priority(1).Match<Order>("o").Build());

        // Act
        session.Insert(new Order(1, 1, 1));

        // Assert
        Assert.Equal(2, session.Agenda.Count);
        Assert.Equal("high", session.Agenda.Peek()!.Rule.Id);
    }

    [Fact]
    public void Fire_AfterManyRetractedActivations_KeepsArrivalOrder()
    {
        // Arrange: retracting leaves dead heap entries behind until the agenda compacts itself.
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("each").Match<Order>("o").Do(TestEngine.Record(log)).Build());
        var first = Enumerable.Range(1, 60).Select(i => new Order(i, 1, 1)).ToArray();
        session.InsertAll(first);
        session.RetractAll(first.Where(o => o.Id % 20 != 0));

        // Act
        session.InsertAll([.. Enumerable.Range(61, 10).Select(i => new Order(i, 1, 1))]);
        session.Fire();

        // Assert
        Assert.Equal(["each:o20", "each:o40", "each:o60", .. Enumerable.Range(61, 10).Select(i => "each:o" + i)], log);
    }

    [Fact]
    public void Fire_NewestFactsFirst_ReversesTiesButKeepsPriorityAndRuleOrder()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(new EngineOptions { NewestFactsFirst = true },
            new RuleBuilder("first").Match<Order>("o").Do(TestEngine.Record(log)).Build(),
            new RuleBuilder("second").Match<Order>("o").Do(TestEngine.Record(log)).Build(),
            new RuleBuilder("urgent").Priority(1).Match<Order>("o").Do(TestEngine.Record(log)).Build());
        session.InsertAll([new Order(1, 1, 1), new Order(2, 1, 1)]);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["urgent:o2", "urgent:o1", "first:o2", "first:o1", "second:o2", "second:o1"], log);
    }
}
