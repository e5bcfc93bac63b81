using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Mutation;

/// <summary>
/// Working memory, alpha memories, left memories and collect records are intrusive linked lists: removing the
/// head, a middle entry and the tail must leave lists that later scans walk completely, in arrival order.
/// </summary>
public sealed class MemoryListTests
{
    [Fact]
    public void Query_AfterRetractingHeadMiddleAndTail_KeepsArrivalOrderAndAppends()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("any").Match<Order>("o").Build());
        var orders = Enumerable.Range(1, 5).Select(i => new Order(i, 1, 1)).ToArray();
        session.InsertAll(orders);

        // Act
        session.Retract(orders[2]);
        session.Retract(orders[0]);
        session.Retract(orders[4]);
        session.Insert(new Order(6, 1, 1));

        // Assert
        Assert.Equal([2, 4, 6], session.Query<Order>().Select(o => o.Id));
    }

    [Fact]
    public void Query_AfterRetractingEverything_EmptyThenRefills()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("any").Match<Order>("o").Build());
        var first = new Order(1, 1, 1);
        var second = new Order(2, 1, 1);
        session.InsertAll([first, second]);

        // Act
        session.Retract(second);
        session.Retract(first);
        var empty = session.Query<Order>().ToArray();
        session.Insert(new Order(3, 1, 1));

        // Assert
        Assert.Empty(empty);
        Assert.Equal([3], session.Query<Order>().Select(o => o.Id));
    }

    [Fact]
    public void Insert_AfterRightFactsRemovedFromEveryPosition_JoinsRemainingInOrder()
    {
        // Arrange: the orders' alpha memory loses its head, a middle entry and its tail before a customer arrives.
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("pair").Match<Customer>("c").Match<Order>("o").Do(TestEngine.Record(log)).Build());
        var orders = Enumerable.Range(1, 5).Select(i => new Order(i, 1, 1)).ToArray();
        session.InsertAll(orders);
        session.RetractAll([orders[0], orders[2], orders[4]]);
        session.Insert(new Order(6, 1, 1));

        // Act
        session.Insert(new Customer(1, "a"));
        session.Fire();

        // Assert
        Assert.Equal(["pair:c1,o2", "pair:c1,o4", "pair:c1,o6"], log);
    }

    [Fact]
    public void Insert_AfterLeftTokensRemovedFromEveryPosition_JoinsRemainingInOrder()
    {
        // Arrange: the join's left memory (one token per customer) loses its head, a middle token and its tail.
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("pair").Match<Customer>("c").Match<Order>("o").Do(TestEngine.Record(log)).Build());
        var customers = Enumerable.Range(1, 5).Select(i => new Customer(i, "c")).ToArray();
        session.InsertAll(customers);
        session.RetractAll([customers[4], customers[0], customers[2]]);
        session.Insert(new Customer(6, "c"));

        // Act
        session.Insert(new Order(1, 1, 1));
        session.Fire();

        // Assert
        Assert.Equal(["pair:c2,o1", "pair:c4,o1", "pair:c6,o1"], log);
    }

    [Fact]
    public void Collect_UpdatedMember_KeepsItsArrivalPosition()
    {
        // Arrange
        IReadOnlyList<object>? collected = null;
        var session = TestEngine.Session(new EngineOptions().IdentifyBy<Order>(o => o.Id),
            new RuleBuilder("all").Collect<Order>("orders").Do(ctx => collected = (IReadOnlyList<object>)ctx.Match["orders"]).Build());
        session.InsertAll([new Order(1, 1, 1), new Order(2, 1, 1), new Order(3, 1, 1)]);
        session.Fire();

        // Act
        session.Update(new Order(1, 1, 9));
        session.Update(new Order(3, 1, 9));
        session.Update(new Order(2, 1, 9));
        session.Fire();

        // Assert
        Assert.Equal([1, 2, 3], collected!.Cast<Order>().Select(o => o.Id));
        Assert.All(collected!.Cast<Order>(), o => Assert.Equal(9, o.Amount));
    }

    [Fact]
    public void Collect_MembersRetractedFromEveryPosition_CollectionFollows()
    {
        // Arrange
        var sizes = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("all").Collect<Order>("orders")
            .Do(ctx => sizes.Add(string.Join(",", ((IReadOnlyList<object>)ctx.Match["orders"]).Cast<Order>().Select(o => o.Id)))).Build());
        var orders = Enumerable.Range(1, 5).Select(i => new Order(i, 1, 1)).ToArray();
        session.InsertAll(orders);

        // Act
        session.Retract(orders[2]);
        session.Fire();
        session.Retract(orders[0]);
        session.Fire();
        session.Retract(orders[4]);
        session.Fire();
        session.Insert(new Order(6, 1, 1));
        session.Fire();

        // Assert
        Assert.Equal(["1,2,4,5", "2,4,5", "2,4", "2,4,6"], sizes);
    }

    [Fact]
    public void Collect_FactMatchingTwoTokens_RetractedFromBoth()
    {
        // Arrange: one order sits in the collections of two customers' tokens.
        var log = new List<string>();
        var session = TestEngine.Session(new RuleBuilder("per-customer")
            .Match<Customer>("c")
            .Collect<Order>("orders", "o", [(System.Linq.Expressions.Expression<Func<Order, Customer, bool>>)((o, c) => o.Amount >= c.Id)])
            .Do(ctx => log.Add("c" + ((Customer)ctx.Match["c"]).Id + ":" + ((IReadOnlyList<object>)ctx.Match["orders"]).Count)).Build());
        var shared = new Order(1, 1, 5);
        session.InsertAll([new Customer(1, "a"), new Customer(2, "b"), shared, new Order(2, 1, 1)]);
        session.Fire();

        // Act
        session.Retract(shared);
        session.Fire();

        // Assert
        Assert.Equal(["c1:2", "c2:1", "c1:1", "c2:0"], log);
    }

    [Fact]
    public void Identity_KeysOfDifferentTypes_NeverCollide()
    {
        // Arrange
        var options = new EngineOptions().IdentifyBy<Order>(o => o.Id).IdentifyBy<Customer>(c => c.Id);
        var session = TestEngine.Session(options, new RuleBuilder("any").Match<Order>("o").Build());

        // Act
        session.Insert(new Order(1, 1, 1));
        session.Insert(new Customer(1, "a"));

        // Assert
        Assert.Equal(2, session.Query<object>().Count());
        Assert.False(session.TryInsert(new Customer(1, "b")));
        Assert.True(session.TryRetract(new Order(1, 9, 9)));
        Assert.Equal([new Customer(1, "a")], session.Query<object>());
    }

    [Fact]
    public void Identity_RegisteredForBaseType_DoesNotApplyToSubtypes()
    {
        // Arrange
        var options = new EngineOptions().IdentifyBy<Animal>(a => a.Name);
        var session = TestEngine.Session(options, new RuleBuilder("any").Match<Animal>("a").Build());

        // Act
        session.Insert(new Dog("rex"));
        session.Insert(new Dog("rex"));

        // Assert
        Assert.Equal(2, session.Query<Dog>().Count());
        Assert.Single(options.IdentityKeys);
    }
}
