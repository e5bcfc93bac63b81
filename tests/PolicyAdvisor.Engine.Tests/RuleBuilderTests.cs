using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests;

public sealed class RuleBuilderTests
{
    [Fact]
    public void Build_AllParts_CarriesIdPriorityTagAndElementsInOrder()
    {
        // Arrange
        var tag = new object();
        var builder = new RuleBuilder("r").Priority(7).Tag(tag)
            .Match<Order>("o")
            .Not<Refund>("x", (Refund x, Order o) => x.OrderId == o.Id)
            .Exists<Customer>("c", (Customer c, Order o) => c.Id == o.CustomerId)
            .Collect<Order>("all");

        // Act
        var rule = builder.Build();

        // Assert
        Assert.Equal(("r", 7), (rule.Id, rule.Priority));
        Assert.Same(tag, rule.Tag);
        Assert.Collection(rule.Lhs,
            e => Assert.IsType<PatternElement>(e),
            e => Assert.IsType<NotElement>(e),
            e => Assert.IsType<ExistsElement>(e),
            e => Assert.Equal("all", Assert.IsType<CollectElement>(e).Name));
    }

    [Fact]
    public void Build_WithoutAction_FiresAsNoOp()
    {
        // Arrange
        var session = TestEngine.Session(new RuleBuilder("quiet").Match<Order>("o").Build());
        session.Insert(new Order(1, 1, 1));

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Single(session.Query<object>());
    }

    [Fact]
    public void Collect_WhereLambda_NamesItemBindingAfterItsParameter()
    {
        // Arrange
        var builder = new RuleBuilder("r").Collect<Order>("orders", order => order.Amount > 1);

        // Act
        var collect = Assert.IsType<CollectElement>(Assert.Single(builder.Build().Lhs));

        // Assert
        Assert.Equal("order", collect.Source.Name);
        Assert.Equal(typeof(Order), collect.Source.FactType);
    }
}
