using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Rete;

/// <summary>Not/Exists keep one matching fact per token (its blocker); these change the blocker under them.</summary>
public sealed class BlockerTests
{
    [Theory]
    [InlineData(1_000)]
    [InlineData(0)]
    public void Retract_OneOfTwoRefunds_NotStaysBlockedUntilTheLastGoes(int threshold)
    {
        // Arrange: scanned (threshold 1,000) and indexed (threshold 0) joins.
        var log = new List<string>();
        var first = new Refund(1);
        var second = new Refund(1);
        var session = Session(threshold, log, new RuleBuilder("unrefunded").Match<Order>("o")
            .Not<Refund>("r", (Refund r, Order o) => r.OrderId == o.Id));
        session.InsertAll([new Order(1, 1, 1), first, second, new Refund(2)]);

        // Act
        session.Retract(second);
        var afterOne = session.Fire();
        session.Retract(first);
        session.Fire();

        // Assert
        Assert.Equal(0, afterOne);
        Assert.Equal(["unrefunded:o1"], log);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(0)]
    public void Retract_ExistsBlockersOneByOne_FiresOnceAndDropsLinkedFactAtTheEnd(int threshold)
    {
        // Arrange
        var log = new List<string>();
        var refunds = new[] { new Refund(1), new Refund(1), new Refund(1) };
        var session = Session(threshold, log, new RuleBuilder("refunded").Match<Order>("o")
            .Exists<Refund>("r", (Refund r, Order o) => r.OrderId == o.Id), linked: true);
        session.InsertAll([new Order(1, 1, 1), .. refunds]);
        session.Fire();

        // Act
        session.Retract(refunds[2]);
        session.Retract(refunds[0]);
        var stillThere = session.Conclusions();
        var refired = session.Fire();
        session.Retract(refunds[1]);

        // Assert
        Assert.Equal(["refunded:o1"], log);
        Assert.Equal(["o1"], stillThere);
        Assert.Equal(0, refired);
        Assert.Empty(session.Conclusions());
    }

    [Fact]
    public void Update_BlockerNoLongerMatches_NotFiresAndBlocksAgainWhenItMatchesBack()
    {
        // Arrange
        var log = new List<string>();
        var options = new EngineOptions().IdentifyBy<Customer>(c => c.Id);
        var session = TestEngine.Session(options, new RuleBuilder("unserved").Match<Order>("o")
            .Not<Customer>("c", (Customer c, Order o) => c.Id == o.CustomerId && c.Name != "gone")
            .Do(ctx => ctx.InsertLinked(new Conclusion("o" + ((Order)ctx.Match["o"]).Id))).Build());
        session.InsertAll([new Order(1, 7, 1), new Customer(7, "x")]);

        // Act
        session.Update(new Customer(7, "gone"));
        session.Fire();
        var unserved = session.Conclusions();
        session.Update(new Customer(7, "back"));

        // Assert
        Assert.Equal(["o1"], unserved);
        Assert.Empty(session.Conclusions());
    }

    [Fact]
    public void Retract_BlockerAfterIndexWasBuiltAroundBlockedTokens_FindsTheRemainingMatches()
    {
        // Arrange: orders are blocked before the join index exists (threshold 6); later facts build it.
        var log = new List<string>();
        var refund = new Refund(1);
        var session = Session(6, log, new RuleBuilder("unrefunded").Match<Order>("o")
            .Not<Refund>("r", (Refund r, Order o) => r.OrderId == o.Id));
        session.InsertAll([new Order(1, 1, 1), new Order(2, 1, 1), refund, new Refund(2)]);
        session.InsertAll([new Order(3, 1, 1), new Order(4, 1, 1), new Refund(4), new Order(5, 1, 1)]);

        // Act
        session.Retract(refund);
        session.Fire();

        // Assert
        Assert.Equal(["unrefunded:o1", "unrefunded:o3", "unrefunded:o5"], log);
    }

    private static ISession Session(int threshold, List<string> log, RuleBuilder rule, bool linked = false)
    {
        var action = TestEngine.Record(log);
        var built = linked
            ? rule.Do(ctx => { action(ctx); ctx.InsertLinked(new Conclusion("o" + ((Order)ctx.Match["o"]).Id)); }).Build()
            : rule.Do(action).Build();
        return TestEngine.Session(new EngineOptions { JoinIndexThreshold = threshold }, built);
    }
}
