using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Sessions;

public sealed class RefractionTests
{
    private static RuleDefinition Each(List<string> log) =>
        new RuleBuilder("each").Match<Counter>("n").Do(TestEngine.Record(log)).Build();

    [Fact]
    public void Fire_SecondTimeWithoutChanges_FiresNothing()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(Each(log));
        session.Insert(new Counter(1, 0));
        session.Fire();

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
        Assert.Single(log);
    }

    [Fact]
    public void Update_MatchedFact_FiresAgain()
    {
        // Arrange
        var log = new List<string>();
        var options = new EngineOptions().IdentifyBy<Counter>(c => c.Id);
        var session = TestEngine.Session(options, Each(log));
        var counter = new Counter(1, 0);
        session.Insert(counter);
        session.Fire();

        // Act
        session.Update(counter with { Value = 1 });
        session.Fire();

        // Assert
        Assert.Equal(["each:n1=0", "each:n1=1"], log);
        Assert.Equal([new Counter(1, 1)], session.Query<Counter>());
    }

    [Fact]
    public void Update_FactNoLongerMatching_DeletesActivation()
    {
        // Arrange
        var options = new EngineOptions().IdentifyBy<Counter>(c => c.Id);
        var session = TestEngine.Session(options, new RuleBuilder("positive").Match<Counter>("n", n => n.Value > 0).Build());
        session.Insert(new Counter(1, 1));

        // Act
        session.Update(new Counter(1, 0));

        // Assert
        Assert.True(session.Agenda.IsEmpty);
    }
}
