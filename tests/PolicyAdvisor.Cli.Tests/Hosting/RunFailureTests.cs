using Microsoft.Extensions.DependencyInjection;
using NRules;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Hosting;

/// <summary>Rules that misbehave only when they run still end in one positioned line and exit code 3.</summary>
public sealed class RunFailureTests : IDisposable
{
    // A conclusion that undoes its own premise: NRules retracts it, the premise holds again, it fires again.
    private const string SelfUndoing =
        "rules:\n  - id: flip\n    kind: assessment\n    title: Flip\n    when:\n      - not: WindowNarrowing\n    then:\n      assert: WindowNarrowing\n      set: { reason: flip }\n    sources: [fix-2026#2]\n";

    private readonly AuthoringFixture _fixture = new();

    [Fact]
    public void Memo_RuleUndoingItsOwnPremise_ExitsThreeNamingTheCycleAtTheRule()
    {
        // Arrange
        _fixture.Write("rules/loop.rules.yaml", SelfUndoing);

        // Act
        var run = _fixture.Run("memo", "--situation", "base", "--as-of", "2026-12-01");

        // Assert
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var first = run.Error.Split('\n')[0];
        Assert.StartsWith("rules/loop.rules.yaml(2,5): error PA0213: ", first, StringComparison.Ordinal);
        Assert.Contains("flip → flip", first, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_RuleUndoingItsOwnPremise_ExitsThreeWithThePositionedLineOnce()
    {
        // Arrange
        _fixture.Write("rules/loop.rules.yaml", SelfUndoing);

        // Act
        var run = _fixture.Run("test");

        // Assert
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith("rules/loop.rules.yaml(2,5): error PA0213: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("the run stopped: rules/loop.rules.yaml(2,5): error PA0213: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CompositionRoot_AfterTheRulesLoad_ResolvesTheNRulesSessionFactoryAndTheAdvisor()
    {
        // Arrange
        var environment = new CliEnvironment(new PolicyAdvisor.Cli.Output.CliConsole(new StringWriter(), new StringWriter(), isTerminal: false), _fixture.Root, CliHarness.RepositoryRoot);
        var globals = new GlobalOptions();
        var root = new System.CommandLine.RootCommand();
        globals.AddTo(root);
        using var services = CliServices.Build(environment, root.Parse([]), globals);

        // Act
        var factory = services.GetRequiredService<ISessionFactory>();
        var advisor = services.GetRequiredService<Advisor>();

        // Assert
        Assert.Same(advisor.RuleBase.SessionFactory, factory);
        Assert.NotNull(factory.CreateSession());
    }

    public void Dispose() => _fixture.Dispose();
}
