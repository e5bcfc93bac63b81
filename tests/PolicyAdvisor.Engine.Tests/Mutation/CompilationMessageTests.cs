using System.Linq.Expressions;
using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Mutation;

/// <summary>Exact messages and rule ids of compile-time failures, and the argument guards of the rule model.</summary>
public sealed class CompilationMessageTests
{
    private sealed class UnknownElement : RuleElement;

    private static RuleCompilationException CompileFails(params RuleDefinition[] rules) =>
        Assert.Throws<RuleCompilationException>(() => RuleCompiler.Compile(rules));

    [Fact]
    public void Compile_DuplicateRuleIds_MessageNamesRule()
    {
        // Arrange and Act
        var error = CompileFails(new RuleBuilder("a").Build(), new RuleBuilder("b").Build(), new RuleBuilder("a").Build());

        // Assert
        Assert.Equal("Duplicate rule id. Rule=a", error.Message);
    }

    [Fact]
    public void Compile_NullRuleInSet_ThrowsWithEmptyRuleId()
    {
        // Arrange and Act
        var error = CompileFails(new RuleBuilder("a").Build(), null!);

        // Assert
        Assert.Equal("Rule set contains a null rule.", error.Message);
        Assert.Equal(string.Empty, error.RuleId);
    }

    [Fact]
    public void Compile_NullRuleSet_ThrowsArgumentNull()
    {
        // Arrange, Act and Assert
        Assert.Throws<ArgumentNullException>(() => RuleCompiler.Compile(null!));
    }

    [Fact]
    public void Compile_UnsupportedElement_MessageNamesElementType()
    {
        // Arrange
        var rule = new RuleBuilder("odd").With(new UnknownElement()).Build();

        // Act
        var error = CompileFails(rule);

        // Assert
        Assert.Equal("Unsupported rule element. Rule=odd Element=UnknownElement", error.Message);
        Assert.Equal("odd", error.RuleId);
    }

    [Fact]
    public void Compile_CollectNamedLikeItsSource_MessageNamesBinding()
    {
        // Arrange
        var rule = new RuleBuilder("c").Collect<Order>("o", (Expression<Func<Order, bool>>)(o => o.Amount > 0)).Build();

        // Act
        var error = CompileFails(rule);

        // Assert
        Assert.Equal("A collect and its source pattern need different names. Rule=c Binding=o", error.Message);
    }

    [Fact]
    public void Compile_CollectNameReused_MessageNamesBinding()
    {
        // Arrange
        var rule = new RuleBuilder("c").Match<Order>("o").Collect<Customer>("o").Build();

        // Act
        var error = CompileFails(rule);

        // Assert
        Assert.Equal("Binding name is declared twice. Rule=c Binding=o", error.Message);
    }

    [Fact]
    public void Compile_PatternAfterCollectReusesItsName_MessageNamesBinding()
    {
        // Arrange
        var rule = new RuleBuilder("c").Collect<Customer>("all").Match<Order>("all").Build();

        // Act
        var error = CompileFails(rule);

        // Assert
        Assert.Equal("Binding name is declared twice. Rule=c Binding=all", error.Message);
    }

    [Fact]
    public void Compile_UnknownBinding_MessageNamesBindingAndCondition()
    {
        // Arrange
        var rule = new RuleBuilder("r").Match<Customer>("c", (Customer c, Order o) => c.Id == o.CustomerId).Build();

        // Act
        var error = CompileFails(rule);

        // Assert
        Assert.Equal("Condition reads an unknown binding. Rule=r Binding=o Condition=(c, o) => (c.Id == o.CustomerId)", error.Message);
        Assert.Equal("r", error.RuleId);
    }

    [Fact]
    public void Compile_ParameterTypeDoesNotFit_MessageNamesBothTypes()
    {
        // Arrange
        var rule = new RuleBuilder("r").Match<Order>("o").Match<Customer>("c", (Customer c, Customer o) => c.Id == o.Id).Build();

        // Act
        var error = CompileFails(rule);

        // Assert
        Assert.Equal(
            "Condition parameter type does not fit its binding. Rule=r Binding=o Expected=PolicyAdvisor.Engine.Tests.Support.Order Actual=PolicyAdvisor.Engine.Tests.Support.Customer",
            error.Message);
    }

    [Fact]
    public void Compile_ParameterOfBaseType_IsAccepted()
    {
        // Arrange
        var log = new List<string>();
        var rule = new RuleBuilder("r").Match<Dog>("d").Match<Order>("o", (Order o, Animal d) => d.Name.Length == o.Id).Do(TestEngine.Record(log)).Build();
        var session = RuleCompiler.Compile([rule]).CreateSession();

        // Act
        session.InsertAll([new Dog("rex"), new Order(3, 1, 1), new Order(2, 1, 1)]);
        session.Fire();

        // Assert
        Assert.Equal(["r:rex,o3"], log);
    }

    [Fact]
    public void Compile_CollectHavingReadsUnknownBinding_Throws()
    {
        // Arrange
        Expression<Func<IReadOnlyList<object>, Customer, bool>> having = (all, c) => all.Count > c.Id;
        var rule = new RuleBuilder("h").Collect<Order>("all", (Expression<Func<Order, bool>>?)null, having).Build();

        // Act
        var error = CompileFails(rule);

        // Assert
        Assert.StartsWith("Condition reads an unknown binding. Rule=h Binding=c ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factory_Rules_KeepsDeclarationOrder()
    {
        // Arrange
        var rules = new[] { new RuleBuilder("z").Build(), new RuleBuilder("a").Build(), new RuleBuilder("m").Build() };

        // Act
        var factory = RuleCompiler.Compile(rules);

        // Assert
        Assert.Equal(["z", "a", "m"], factory.Rules.Select(r => r.Id));
    }

    [Fact]
    public void ConditionElement_NonBooleanLambda_ThrowsNamingReturnType()
    {
        // Arrange
        Expression<Func<Order, int>> notBool = o => o.Id;

        // Act
        var error = Assert.Throws<ArgumentException>(() => new ConditionElement(notBool));

        // Assert
        Assert.StartsWith("A condition must return bool. ReturnType=System.Int32", error.Message, StringComparison.Ordinal);
        Assert.Equal("expression", error.ParamName);
    }

    [Fact]
    public void ConditionElement_UnnamedParameter_Throws()
    {
        // Arrange
        var parameter = Expression.Parameter(typeof(Order));
        var lambda = Expression.Lambda(Expression.Constant(true), parameter);

        // Act
        var error = Assert.Throws<ArgumentException>(() => new ConditionElement(lambda));

        // Assert
        Assert.StartsWith("Condition parameters must be named.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConditionElement_Lambda_ExposesDeclarationsAndText()
    {
        // Arrange
        Expression<Func<Customer, Order, bool>> lambda = (c, o) => c.Id == o.CustomerId;

        // Act
        var condition = new ConditionElement(lambda);

        // Assert
        Assert.Equal(["c", "o"], condition.Declarations);
        Assert.Equal("(c, o) => (c.Id == o.CustomerId)", condition.ToString());
        Assert.Same(lambda, condition.Expression);
    }

    [Fact]
    public void ModelGuards_NullOrBlankArguments_Throw()
    {
        // Arrange
        var pattern = new PatternElement("o", typeof(Order));

        // Act and Assert
        Assert.Throws<ArgumentException>(() => new RuleBuilder(" "));
        Assert.Throws<ArgumentNullException>(() => new RuleBuilder("r").Do(null!));
        Assert.Throws<ArgumentNullException>(() => new RuleBuilder("r").With(null!));
        Assert.Throws<ArgumentNullException>(() => new RuleBuilder("r").Collect<Order>("all", "o", null!));
        Assert.Throws<ArgumentNullException>(() => new RuleBuilder("r").Collect<Order>("all", "o", [], null!));
        Assert.Throws<ArgumentNullException>(() => new ConditionElement(null!));
        Assert.Throws<ArgumentNullException>(() => new NotElement(null!));
        Assert.Throws<ArgumentNullException>(() => new ExistsElement(null!));
        Assert.Throws<ArgumentException>(() => new CollectElement("", pattern));
        Assert.Throws<ArgumentNullException>(() => new CollectElement("all", null!));
        Assert.Throws<ArgumentException>(() => new PatternElement("", typeof(Order)));
        Assert.Throws<ArgumentNullException>(() => new PatternElement("o", null!));
        Assert.Throws<ArgumentException>(() => new RuleDefinition("", [], _ => { }));
        Assert.Throws<ArgumentNullException>(() => new RuleDefinition("r", null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => new RuleDefinition("r", [], null!));
        Assert.Throws<ArgumentNullException>(() => new EngineOptions().IdentifyBy(null!, o => o));
        Assert.Throws<ArgumentNullException>(() => new EngineOptions().IdentifyBy(typeof(Order), null!));
        Assert.Throws<ArgumentNullException>(() => new EngineOptions().IdentifyBy<Order>(null!));
    }

    [Fact]
    public void Elements_WithoutConditions_HaveEmptyConditionLists()
    {
        // Arrange and Act
        var pattern = new PatternElement("o", typeof(Order));
        var collect = new CollectElement("all", pattern);
        var rule = new RuleDefinition("r", [pattern], _ => { });

        // Assert
        Assert.Empty(pattern.Conditions);
        Assert.Empty(collect.Conditions);
        Assert.Equal(0, rule.Priority);
        Assert.Null(rule.Tag);
        Assert.Equal("r", rule.ToString());
    }
}
