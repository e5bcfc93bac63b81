using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Mutation;

/// <summary>
/// The agenda is a binary heap: these tests queue enough activations, in scrambled priority and arrival order, to
/// exercise sifting up and down at every depth, and compare the firing order with the documented total order.
/// </summary>
public sealed class AgendaHeapOrderTests
{
    private static readonly int[] Priorities = [2, -1, 5, 0, 5, 3];

    private static RuleDefinition[] Rules(List<string> log) =>
    [
        .. Priorities.Select((priority, index) => new RuleBuilder("r" + index).Priority(priority)
            .Match<Counter>("n", n => n.Value % 6 == index)
            .Do(TestEngine.Record(log)).Build()),
    ];

    // Scrambled arrival: 0, 37, 74, 10, ... (37 is coprime with 101, so every value appears once).
    private static Counter[] Scrambled(int count) => [.. Enumerable.Range(0, count).Select(i => new Counter(i, i * 37 % 101))];

    private static List<string> Expected(IEnumerable<Counter> arrivals, bool newestFirst)
    {
        var arrived = arrivals.Select((counter, sequence) => (counter, sequence)).ToArray();
        var ordered = arrived.OrderByDescending(a => Priorities[a.counter.Value % 6]).ThenBy(a => a.counter.Value % 6);
        var byArrival = newestFirst ? ordered.ThenByDescending(a => a.sequence) : ordered.ThenBy(a => a.sequence);
        return [.. byArrival.Select(a => "r" + (a.counter.Value % 6) + ":n" + a.counter.Id + "=" + a.counter.Value)];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Fire_ScrambledPrioritiesAndArrivals_FollowsTotalOrder(bool newestFirst)
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(new EngineOptions { NewestFactsFirst = newestFirst }, Rules(log));
        var counters = Scrambled(101);
        session.InsertAll(counters);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(101, fired);
        Assert.Equal(Expected(counters, newestFirst), log);
    }

    [Fact]
    public void Fire_InterleavedWithInsertsAndRetracts_EachFiringTakesCurrentMinimum()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(Rules(log));
        var counters = Scrambled(101);
        session.InsertAll(counters[..40]);

        // Act: pop some, retract some pending ones, add more, pop the rest.
        session.Fire(7);
        var firedFirst = log.ToList();
        var retracted = counters[..40].Where((_, i) => i % 3 == 0).Where(c => !firedFirst.Any(l => l.EndsWith(":n" + c.Id + "=" + c.Value, StringComparison.Ordinal))).ToArray();
        session.RetractAll(retracted);
        session.InsertAll(counters[40..]);
        session.Fire();

        // Assert
        Assert.Equal(Expected(counters[..40], newestFirst: false).Take(7), firedFirst);
        var rest = counters.Where(c => !retracted.Contains(c) && !firedFirst.Any(l => l.EndsWith(":n" + c.Id + "=" + c.Value, StringComparison.Ordinal)));
        var expectedRest = Expected(counters, newestFirst: false).Where(line => rest.Any(c => line.EndsWith(":n" + c.Id + "=" + c.Value, StringComparison.Ordinal)));
        Assert.Equal(expectedRest, log.Skip(7));
        Assert.True(session.Agenda.IsEmpty);
        Assert.Equal(0, session.Agenda.Count);
        Assert.Null(session.Agenda.Peek());
    }

    [Fact]
    public void Peek_AfterRetractingTheHead_ShowsNextPendingActivation()
    {
        // Arrange
        var session = TestEngine.Session(
            new RuleBuilder("low").Match<Order>("o").Build(),
            new RuleBuilder("high").Priority(1).Match<Customer>("c").Build());
        var customer = new Customer(1, "a");
        session.InsertAll([new Order(1, 1, 1), customer]);

        // Act
        session.Retract(customer);

        // Assert
        var next = session.Agenda.Peek();
        Assert.NotNull(next);
        Assert.Equal("low", next.Rule.Id);
        Assert.Equal(1, session.Agenda.Count);
        Assert.False(session.Agenda.IsEmpty);
    }

    [Fact]
    public void Fire_ManyRetractedThenRefilled_FiresEveryLiveActivationOnceInOrder()
    {
        // Arrange: 40 queued, 35 retracted, then 40 more: the heap grows past its dead entries and compacts.
        var log = new List<string>();
        var session = TestEngine.Session(Rules(log));
        var counters = Scrambled(80);
        session.InsertAll(counters[..40]);
        var retracted = counters[..40].Where((_, i) => i % 8 != 0).ToArray();
        session.RetractAll(retracted);

        // Act
        session.InsertAll(counters[40..]);
        var fired = session.Fire();

        // Assert
        var live = counters.Except(retracted).ToArray();
        Assert.Equal(live.Length, fired);
        var expected = Expected(counters, newestFirst: false)
            .Where(line => live.Any(c => line.EndsWith(":n" + c.Id + "=" + c.Value, StringComparison.Ordinal)));
        Assert.Equal(expected, log);
    }
}
