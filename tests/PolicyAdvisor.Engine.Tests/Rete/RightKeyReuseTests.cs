using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Rete;

public sealed class RightKeyReuseTests
{
    [Fact]
    public void Fire_FactUpdatedToAnotherJoinKey_JoinsUnderItsNewKeyOnly()
    {
        // Arrange: the joins reuse the key the shared index computed for the newest fact; an update changes it.
        var log = new List<string>();
        var options = new EngineOptions { JoinIndexThreshold = 0 }.IdentifyBy<Order>(o => o.Id);
        var session = TestEngine.Session(
            options,
            new RuleBuilder("a").Match<Customer>("c").Match<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id).Do(TestEngine.Record(log)).Build(),
            new RuleBuilder("b").Match<Customer>("c").Match<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id).Do(TestEngine.Record(log)).Build());
        session.InsertAll([new Customer(1, "x"), new Customer(2, "y"), new Order(7, 1, 1)]);

        // Act
        session.Update(new Order(7, 2, 1));
        session.Fire();

        // Assert
        Assert.Equal(["a:c2,o7", "b:c2,o7"], log);
    }

    [Fact]
    public void Fire_NullJoinKeys_MeetEachOtherThroughTheSharedIndex()
    {
        // Arrange: a null key is stored under a stand-in; the reused key must find the same bucket.
        var log = new List<string>();
        var options = new EngineOptions { JoinIndexThreshold = 0 };
        var session = TestEngine.Session(
            options,
            new RuleBuilder("a").Match<Tagged>("t").Match<Labelled>("l", (Labelled l, Tagged t) => l.Label == t.Label).Do(TestEngine.Record(log)).Build(),
            new RuleBuilder("b").Match<Tagged>("t").Match<Labelled>("l", (Labelled l, Tagged t) => l.Label == t.Label).Do(TestEngine.Record(log)).Build());
        session.Insert(new Tagged(1, null));

        // Act
        session.Insert(new Labelled(2, null));
        session.Insert(new Labelled(3, "z"));
        session.Fire();

        // Assert
        Assert.Equal(["a:Tagged { Id = 1, Label =  },Labelled { Id = 2, Label =  }", "b:Tagged { Id = 1, Label =  },Labelled { Id = 2, Label =  }"], log);
    }

    private sealed record Tagged(int Id, string? Label);

    private sealed record Labelled(int Id, string? Label);
}
