using System.Linq.Expressions;
using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Mutation;

/// <summary>
/// Alpha dispatch and join indexes only narrow which tests run, so they are observed by counting reads of a fact
/// member: how many times the network evaluates it at each size threshold, and that the matches stay the same.
/// </summary>
public sealed class NetworkNarrowingTests
{
    /// <summary>A fact whose key reads are counted.</summary>
    private sealed class Gauge(int key, Probe reads)
    {
        public int Key
        {
            get
            {
                reads.Hit(this);
                return key;
            }
        }

        public override string ToString() => "g" + key;
    }

    private static RuleDefinition[] ConstantRules(int count, List<string> log) =>
    [
        .. Enumerable.Range(1, count).Select(k => new RuleBuilder("k" + k).Match<Gauge>("g", g => g.Key == k).Do(TestEngine.Record(log)).Build()),
    ];

    [Fact]
    public void Insert_ThreeConstantTests_EachChildTested()
    {
        // Arrange
        var reads = new Probe();
        var log = new List<string>();
        var session = TestEngine.Session(ConstantRules(3, log));

        // Act
        session.Insert(new Gauge(2, reads));
        session.Fire();

        // Assert: below the dispatch threshold every child condition reads the key once.
        Assert.Equal(3, reads.Calls);
        Assert.Equal(["k2:g2"], log);
    }

    [Fact]
    public void Insert_FourConstantTests_DispatchedByHash()
    {
        // Arrange
        var reads = new Probe();
        var log = new List<string>();
        var session = TestEngine.Session(ConstantRules(4, log));

        // Act
        session.Insert(new Gauge(2, reads));
        session.Fire();

        // Assert: one read to find the bucket, one for the condition of the child found.
        Assert.Equal(2, reads.Calls);
        Assert.Equal(["k2:g2"], log);
    }

    [Fact]
    public void Insert_DispatchedValueWithoutBucket_TestsNoChild()
    {
        // Arrange
        var reads = new Probe();
        var log = new List<string>();
        var session = TestEngine.Session(ConstantRules(5, log));

        // Act
        session.Insert(new Gauge(9, reads));
        session.Fire();

        // Assert
        Assert.Equal(1, reads.Calls);
        Assert.Empty(log);
    }

    [Fact]
    public void Insert_DispatchedAndTestedChildren_ActivationsCreatedInRuleOrder()
    {
        // Arrange: k1..k4 dispatch; "any" (declared between them) and "big" are tested one by one.
        var log = new List<string>();
        var rules = new List<RuleDefinition>
        {
            new RuleBuilder("k1").Match<Counter>("n", n => n.Value == 1).Build(),
            new RuleBuilder("k2").Match<Counter>("n", n => n.Value == 2).Build(),
            new RuleBuilder("any").Match<Counter>("n", n => n.Id > 0).Build(),
            new RuleBuilder("k3").Match<Counter>("n", n => n.Value == 3).Build(),
            new RuleBuilder("k2b").Match<Counter>("n", n => 2 == n.Value).Build(),
            new RuleBuilder("k4").Match<Counter>("n", n => n.Value == 4).Build(),
            new RuleBuilder("big").Match<Counter>("n", n => n.Value > 1).Build(),
        };
        var session = TestEngine.Session([.. rules]);
        session.Events.ActivationCreated += (_, e) => log.Add(e.Rule.Id);

        // Act
        session.Insert(new Counter(1, 2));

        // Assert
        Assert.Equal(["k2", "any", "k2b", "big"], log);
    }

    [Fact]
    public void Insert_ConstantsFromTwoClosures_NotSharedByText()
    {
        // Arrange: both conditions print as "o => (o.Id == value(...).id)" but capture different values.
        var log = new List<string>();
        var rules = new List<RuleDefinition>();
        foreach (var id in new[] { 1, 2 })
        {
            rules.Add(new RuleBuilder("id" + id).Match<Order>("o", o => o.Id == id).Do(TestEngine.Record(log)).Build());
        }

        var session = TestEngine.Session([.. rules]);

        // Act
        session.InsertAll([new Order(2, 1, 1), new Order(1, 1, 1)]);
        session.Fire();

        // Assert
        Assert.Equal(["id1:o1", "id2:o2"], log);
    }

    [Fact]
    public void Insert_SameCapturedObject_SharesTheCondition()
    {
        // Arrange
        var probe = new Probe();
        Expression<Func<Order, bool>> first = o => probe.Hit(o);
        Expression<Func<Order, bool>> second = o => probe.Hit(o);
        var other = new Probe();
        Expression<Func<Order, bool>> third = o => other.Hit(o);
        var session = TestEngine.Session(
            new RuleBuilder("a").Match("o", first).Build(),
            new RuleBuilder("b").Match("o", second).Build(),
            new RuleBuilder("c").Match("o", third).Build());

        // Act
        session.Insert(new Order(1, 1, 1));

        // Assert
        Assert.Equal((1, 1), (probe.Calls, other.Calls));
        Assert.Equal(3, session.Agenda.Count);
    }

    [Fact]
    public void Insert_DistinctConstantObjectsPrintingAlike_NotShared()
    {
        // Arrange: both conditions print as "c => value(Probe).Hit(c)"; only the constant's identity differs.
        var first = new Probe();
        var second = new Probe();
        var session = TestEngine.Session(
            new RuleBuilder("a").Match("c", Calls(first)).Build(),
            new RuleBuilder("b").Match("c", Calls(second)).Build(),
            new RuleBuilder("c").Match("c", Calls(first)).Build());

        // Act
        session.Insert(new Customer(1, "a"));

        // Assert
        Assert.Equal((1, 1), (first.Calls, second.Calls));
        Assert.Equal(3, session.Agenda.Count);
    }

    private static Expression<Func<Customer, bool>> Calls(Probe probe)
    {
        var c = Expression.Parameter(typeof(Customer), "c");
        var hit = Expression.Call(Expression.Constant(probe), typeof(Probe).GetMethod(nameof(Probe.Hit))!, c);
        return Expression.Lambda<Func<Customer, bool>>(hit, c);
    }

    [Fact]
    public void Insert_JoinBelowIndexThreshold_ScansAllLeftTokens()
    {
        // Arrange: 2 gauges on the left plus 1 order on the right is 3, below the threshold of 4.
        var reads = new Probe();
        var session = Joined(threshold: 4);
        session.InsertAll([new Gauge(1, reads), new Gauge(2, reads)]);

        // Act
        session.Insert(new Order(1, 1, 1));

        // Assert
        Assert.Equal(2, reads.Calls);
        Assert.Equal(1, session.Agenda.Count);
    }

    [Fact]
    public void Insert_JoinAtIndexThreshold_LaterFactsReadOnlyTheirBucket()
    {
        // Arrange: 3 gauges plus the first order reach the threshold of 4, so the join indexes its tokens.
        var reads = new Probe();
        var session = Joined(threshold: 4);
        session.InsertAll([new Gauge(1, reads), new Gauge(2, reads), new Gauge(3, reads)]);
        session.Insert(new Order(1, 1, 1));
        var before = reads.Calls;

        // Act
        session.Insert(new Order(2, 2, 1));

        // Assert: only the gauge in bucket 2 is tested.
        Assert.Equal(1, reads.Calls - before);
        Assert.Equal(2, session.Agenda.Count);
    }

    [Fact]
    public void Retract_IndexedLeftToken_NoLongerJoins()
    {
        // Arrange
        var reads = new Probe();
        var session = Joined(threshold: 2);
        var kept = new Gauge(1, reads);
        var dropped = new Gauge(2, reads);
        session.InsertAll([kept, dropped]);
        session.Insert(new Order(1, 1, 1));

        // Act
        session.Retract(dropped);
        session.Insert(new Order(2, 2, 1));
        session.Insert(new Order(3, 1, 1));

        // Assert
        Assert.Equal(2, session.Agenda.Count);
        Assert.DoesNotContain(dropped, session.Query<Gauge>());
    }

    private static ISession Joined(int threshold)
    {
        var options = new EngineOptions { JoinIndexThreshold = threshold };
        return TestEngine.Session(options, new RuleBuilder("join")
            .Match<Gauge>("g")
            .Match<Order>("o", (Order o, Gauge g) => o.CustomerId == g.Key)
            .Build());
    }
}
