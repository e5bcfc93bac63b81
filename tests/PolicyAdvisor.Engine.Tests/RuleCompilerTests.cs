using System.Linq.Expressions;
using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests;

public sealed class RuleCompilerTests
{
    [Fact]
    public void Compile_DuplicateRuleIds_ThrowsNamingRule()
    {
        // Arrange
        var rules = new[] { new RuleBuilder("a").Build(), new RuleBuilder("a").Build() };

        // Act
        var error = Assert.Throws<RuleCompilationException>(() => RuleCompiler.Compile(rules));

        // Assert
        Assert.Equal("a", error.RuleId);
    }

    [Fact]
    public void Compile_ConditionReadsUnknownBinding_Throws()
    {
        // Arrange
        var rule = new RuleBuilder("r").Match<Customer>("c", (Customer c, Order o) => c.Id == o.CustomerId).Build();

        // Act
        var error = Assert.Throws<RuleCompilationException>(() => RuleCompiler.Compile([rule]));

        // Assert
        Assert.Contains("Binding=o", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ConditionReadsNotBinding_Throws()
    {
        // Arrange
        var rule = new RuleBuilder("r").Not<Order>("o").Match<Customer>("c", (Customer c, Order o) => c.Id == o.CustomerId).Build();

        // Act
        var act = () => RuleCompiler.Compile([rule]);

        // Assert
        Assert.Throws<RuleCompilationException>(act);
    }

    [Fact]
    public void Compile_BindingNameReused_Throws()
    {
        // Arrange
        var rule = new RuleBuilder("r").Match<Order>("x").Match<Customer>("x").Build();

        // Act
        var act = () => RuleCompiler.Compile([rule]);

        // Assert
        Assert.Throws<RuleCompilationException>(act);
    }

    [Fact]
    public void Compile_ParameterTypeDoesNotFitBinding_Throws()
    {
        // Arrange
        Expression<Func<Customer, bool>> wrong = o => o.Id == 1;
        var rule = new RuleDefinition("r", [new PatternElement("o", typeof(Order), [new ConditionElement(wrong)])], _ => { });

        // Act
        var error = Assert.Throws<RuleCompilationException>(() => RuleCompiler.Compile([rule]));

        // Assert
        Assert.Contains("Binding=o", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_OptionsChangedAfterwards_FactoryKeepsCompiledOptions()
    {
        // Arrange
        var options = new EngineOptions();
        var factory = RuleCompiler.Compile([new RuleBuilder("r").Match<Order>("o").Build()], options);

        // Act
        options.IdentifyBy<Order>(o => o.Id);
        var session = factory.CreateSession();
        session.Insert(new Order(1, 1, 1));

        // Assert
        Assert.True(session.TryInsert(new Order(1, 1, 1)));
    }

    [Fact]
    public void CreateSession_TwoSessions_DoNotShareWorkingMemory()
    {
        // Arrange
        var factory = RuleCompiler.Compile([new RuleBuilder("r").Match<Order>("o").Build()]);
        var first = factory.CreateSession();
        var second = factory.CreateSession();

        // Act
        first.Insert(new Order(1, 1, 1));

        // Assert
        Assert.Equal(1, first.Agenda.Count);
        Assert.Equal(0, second.Agenda.Count);
        Assert.Equal(["r"], factory.Rules.Select(r => r.Id));
    }

    [Fact]
    public void CreateSession_ManyThreadsOneFactory_SameOutcomeEverywhere()
    {
        // Arrange
        var factory = RuleCompiler.Compile(
        [
            new RuleBuilder("pair").Match<Customer>("c").Match<Order>("o", (Order o, Customer c) => o.CustomerId == c.Id)
                .Do(ctx => ctx.InsertLinked(new Conclusion("c" + ((Customer)ctx.Match["c"]).Id + "o" + ((Order)ctx.Match["o"]).Id))).Build(),
        ]);
        object[] facts = [new Customer(1, "a"), new Dog("rex"), new Order(1, 1, 1), new Order(2, 1, 1), new Cat("tom")];
        var outcomes = new string[64];

        // Act
        Parallel.For(0, outcomes.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var session = factory.CreateSession();
            session.InsertAll(facts);
            session.Fire();
            outcomes[i] = string.Join(";", session.Conclusions());
        });

        // Assert
        Assert.All(outcomes, outcome => Assert.Equal("c1o1;c1o2", outcome));
    }
}
