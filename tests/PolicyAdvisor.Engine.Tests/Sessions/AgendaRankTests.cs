using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Sessions;

public sealed class AgendaRankTests
{
    [Fact]
    public void Fire_ExtremeAndNegativePriorities_HighestFirstThenDeclarationOrder()
    {
        // Arrange: priority and declaration index are packed into one agenda key; the extremes must not wrap.
        var log = new List<string>();
        RuleDefinition Rule(string id, int priority) =>
            new RuleBuilder(id).Priority(priority).Match<Order>("o").Do(TestEngine.Record(log)).Build();
        var session = TestEngine.Session(
            Rule("min", int.MinValue), Rule("minus-one", -1), Rule("zero-a", 0), Rule("max", int.MaxValue), Rule("zero-b", 0), Rule("one", 1));
        session.Insert(new Order(1, 1, 1));

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["max:o1", "one:o1", "zero-a:o1", "zero-b:o1", "minus-one:o1", "min:o1"], log);
    }
}
