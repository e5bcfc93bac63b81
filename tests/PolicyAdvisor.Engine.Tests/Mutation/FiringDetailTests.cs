using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Mutation;

/// <summary>The loop report, per-Fire counters, action attribution in events, and the texts of matches and activations.</summary>
public sealed class FiringDetailTests
{
    private static RuleDefinition Bumper(string id, int priority = 0) =>
        new RuleBuilder(id).Priority(priority).Match<Counter>("n", n => n.Id == id.Length)
            .Do(ctx => ctx.Update((Counter)ctx.Match["n"] with { Value = ((Counter)ctx.Match["n"]).Value + 1 })).Build();

    [Fact]
    public void Fire_BoundReachedWithFourRulesFired_ReportsTopThreeByCountThenDeclaration()
    {
        // Arrange: r0 matches 1 order, r1 and r2 three each, r3 two; the bound of 8 stops before r3's second.
        var log = new List<string>();
        var session = TestEngine.Session(new EngineOptions { MaxActivationsPerFire = 8 },
            new RuleBuilder("r0").Match<Order>("o", o => o.Id == 1).Do(TestEngine.Record(log)).Build(),
            new RuleBuilder("r1").Match<Order>("o", o => o.CustomerId == 1).Do(TestEngine.Record(log)).Build(),
            new RuleBuilder("r2").Match<Order>("o", o => o.CustomerId == 1).Do(TestEngine.Record(log)).Build(),
            new RuleBuilder("r3").Match<Order>("o", o => o.Amount == 2).Do(TestEngine.Record(log)).Build(),
            new RuleBuilder("never").Match<Customer>("c").Build());
        session.InsertAll([new Order(1, 0, 0), new Order(2, 1, 0), new Order(3, 1, 0), new Order(4, 1, 2), new Order(5, 0, 2)]);

        // Act
        var error = Assert.Throws<RuleLoopException>(() => session.Fire());

        // Assert
        Assert.Equal(8, log.Count);
        Assert.Equal(["r1", "r2", "r0"], error.RuleIds);
        Assert.Equal("Rules kept firing beyond the bound of 8 activations in one Fire. Rules=[r1 (3 times), r2 (3 times), r0 (1 times)]", error.Message);
        Assert.Equal(1, session.Agenda.Count);
    }

    [Fact]
    public void Fire_SecondCallAfterLoop_CountsOnlyItsOwnFirings()
    {
        // Arrange
        var options = new EngineOptions { MaxActivationsPerFire = 5 }.IdentifyBy<Counter>(c => c.Id);
        var session = TestEngine.Session(options, Bumper("a"));
        session.Insert(new Counter(1, 0));
        Assert.Throws<RuleLoopException>(() => session.Fire());

        // Act
        var error = Assert.Throws<RuleLoopException>(() => session.Fire());

        // Assert
        Assert.EndsWith("Rules=[a (5 times)]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_AfterHalt_NextFireRunsAgain()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("stop").Match<Order>("o").Do(ctx => ctx.Halt()).Build());
        session.InsertAll([new Order(1, 1, 1), new Order(2, 1, 1), new Order(3, 1, 1)]);

        // Act
        var fired = new[] { session.Fire(), session.Fire(), session.Fire(), session.Fire() };

        // Assert
        Assert.Equal([1, 1, 1, 0], fired);
    }

    [Fact]
    public void Events_ActionUpdatesAndRetracts_AttributedToTheFiringActivation()
    {
        // Arrange
        var options = new EngineOptions().IdentifyBy<Counter>(c => c.Id);
        var session = TestEngine.Session(options,
            new RuleBuilder("act").Match<Order>("o").Do(ctx =>
            {
                ctx.Update(new Counter(1, 5));
                ctx.Retract(ctx.Match["o"]);
            }).Build());
        var sources = new List<string>();
        session.Events.FactUpdated += (_, e) => sources.Add("updated " + TestEngine.Describe(e.Fact) + " by " + e.Source?.Rule.Id);
        session.Events.FactRetracted += (_, e) => sources.Add("retracted " + TestEngine.Describe(e.Fact) + " by " + e.Source?.Rule.Id);
        session.InsertAll([new Counter(1, 0), new Order(1, 1, 1)]);

        // Act
        session.Fire();
        session.Retract(new Counter(1, 0));

        // Assert
        Assert.Equal(["updated n1=5 by act", "retracted o1 by act", "retracted n1=5 by "], sources);
    }

    [Fact]
    public void RuleFired_ActionInsertsWithSubscriber_ListsInsertedFactsInOrder()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("two").Match<Order>("o").Do(ctx =>
        {
            ctx.Insert(new Conclusion("a"));
            ctx.InsertLinked(new Conclusion("b"));
        }).Build());
        var inserted = new List<string>();
        session.Events.RuleFired += (_, e) => inserted.Add(e.Rule.Id + ":" + string.Join(",", e.Inserted.Select(TestEngine.Describe)));
        session.Insert(new Order(1, 1, 1));

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["two:a,b"], inserted);
    }

    [Fact]
    public void RuleFired_ActionInsertsNothing_EmptyList()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("none").Match<Order>("o").Build());
        IReadOnlyList<object>? inserted = null;
        session.Events.RuleFired += (_, e) => inserted = e.Inserted;
        session.Insert(new Order(1, 1, 1));

        // Act
        session.Fire();

        // Assert
        Assert.NotNull(inserted);
        Assert.Empty(inserted);
    }

    [Fact]
    public void Events_ActivationArgs_ExposeRuleOfActivation()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("r").Match<Order>("o").Build());
        var rules = new List<string>();
        session.Events.ActivationCreated += (_, e) => rules.Add("created " + e.Rule.Id + " " + e.Activation);
        session.Events.RuleFiring += (_, e) => rules.Add("firing " + e.Rule.Id);

        // Act
        session.Insert(new Order(7, 1, 1));
        session.Fire();

        // Assert
        Assert.Equal(["created r r [Order { Id = 7, CustomerId = 1, Amount = 1 }]", "firing r"], rules);
    }

    [Fact]
    public void Match_UnknownName_MessageNamesRuleAndBinding()
    {
        // Arrange
        KeyNotFoundException? error = null;
        var session = TestEngine.Session(new RuleBuilder("m").Match<Order>("o")
            .Do(ctx => error = Assert.Throws<KeyNotFoundException>(() => ctx.Match["x"])).Build());
        session.Insert(new Order(1, 1, 1));

        // Act
        session.Fire();

        // Assert
        Assert.Equal("No such binding. Rule=m Binding=x", error!.Message);
    }

    [Fact]
    public void Match_NotAndExists_BindNothingVisibleToTheAction()
    {
        // Arrange
        IMatch? match = null;
        var session = TestEngine.Session(new RuleBuilder("q")
            .Match<Customer>("c")
            .Not<Refund>("r")
            .Exists<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id)
            .Do(ctx => match = ctx.Match).Build());
        var customer = new Customer(1, "a");
        session.InsertAll([customer, new Order(1, 1, 1)]);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["c"], match!.Names);
        Assert.Equal([customer], match.Facts);
        Assert.Throws<KeyNotFoundException>(() => match["o"]);
    }

    [Fact]
    public void Context_ExposesTheFiringRule()
    {
        // Arrange
        var tag = new object();
        object? seen = null;
        var session = TestEngine.Session(new RuleBuilder("t").Tag(tag).Match<Order>("o").Do(ctx => seen = ctx.Rule.Tag).Build());
        session.Insert(new Order(1, 1, 1));

        // Act
        session.Fire();

        // Assert
        Assert.Same(tag, seen);
    }

    [Fact]
    public void InsertLinked_AfterOwnSupportRetracted_IsRetractedAtOnce()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("consume").Match<Order>("o").Do(ctx =>
        {
            ctx.Retract(ctx.Match["o"]);
            ctx.InsertLinked(new Conclusion("orphan"));
        }).Build());
        var log = new EventLog(session);
        session.Insert(new Order(1, 1, 1));

        // Act
        session.Fire();

        // Assert
        Assert.Empty(session.Query<Conclusion>());
        Assert.Equal(["inserted o1", "created consume(o1)", "firing consume(o1)", "retracted o1", "deleted consume(o1)", "inserted orphan by consume", "retracted orphan", "fired consume(o1) inserted [orphan]"], log.Lines);
    }
}
