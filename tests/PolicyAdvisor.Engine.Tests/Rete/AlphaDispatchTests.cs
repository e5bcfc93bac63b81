using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Rete;

public sealed class AlphaDispatchTests
{
    // Enough rules comparing one member with constants that the alpha node dispatches by hash.
    private static RuleDefinition[] Rules(List<string> log)
    {
        var rules = new List<RuleDefinition>();
        for (var k = 0; k < 6; k++)
        {
            var customer = k;
            rules.Add(new RuleBuilder("id" + k).Match<Order>("o", o => o.CustomerId == customer).Do(TestEngine.Record(log)).Build());
            if (k == 2)
            {
                rules.Add(new RuleBuilder("big").Match<Order>("o", o => o.Amount > 5).Do(TestEngine.Record(log)).Build());
            }
        }

        rules.Add(new RuleBuilder("three").Match<Order>("o", o => 3 == o.CustomerId).Do(TestEngine.Record(log)).Build());
        rules.Add(new RuleBuilder("named").Match<Customer>("c", c => c.Name == "b").Do(TestEngine.Record(log)).Build());
        return [.. rules];
    }

    [Fact]
    public void Fire_ManyConstantEqualities_FiresExactlyTheMatchingRulesInRuleOrder()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(Rules(log));

        // Act
        session.InsertAll([new Order(1, 3, 9), new Order(2, 0, 1), new Order(3, 7, 1), new Customer(1, "b"), new Customer(2, "a")]);
        session.Fire();

        // Assert
        Assert.Equal(["id0:o2", "big:o1", "id3:o1", "three:o1", "named:c1"], log);
    }

    [Fact]
    public void Insert_AfterRetractWithOtherConstant_FiresOnlyTheNewMatch()
    {
        // Arrange
        var log = new List<string>();
        var session = TestEngine.Session(Rules(log));
        var order = new Order(1, 4, 1);
        session.Insert(order);

        // Act
        session.Retract(order);
        session.Insert(order with { CustomerId = 5 });
        session.Fire();

        // Assert
        Assert.Equal(["id5:o1"], log);
    }
}
