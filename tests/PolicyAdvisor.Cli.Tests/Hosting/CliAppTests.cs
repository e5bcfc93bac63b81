using PolicyAdvisor.Cli.Commands;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Output;
using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Hosting;

public sealed class CliAppTests
{
    [Fact]
    public void Run_UnknownCommand_ExitsWithUsageCodeAndOneLineError()
    {
        var run = CliHarness.Run("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("frobnicate", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Run_NoCommand_ExitsWithUsageCodeNamingTheCommands()
    {
        var run = CliHarness.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("policy-advisor: policy-advisor needs a command: one of memo, ", run.Error);
        Assert.Contains("--help", run.Error);
        Assert.DoesNotContain("Required command", run.Error);
    }

    [Fact]
    public void Run_MisspeltCommand_OneLineWithDidYouMean()
    {
        var run = CliHarness.Run("memoo");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("policy-advisor: unknown command 'memoo'; did you mean 'memo'? (run 'policy-advisor --help' for usage)\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Run_MisspeltSubcommand_SuggestsAmongThatCommandsSubcommands()
    {
        var run = CliHarness.Run("rules", "chek");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("policy-advisor: unknown command 'chek'; did you mean 'check'? (run 'policy-advisor --help' for usage)\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Run_MisspeltOption_OneLineWithDidYouMean()
    {
        var run = CliHarness.Run("memo", "--situaton", "baseline");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.Contains("unknown option '--situaton' for 'policy-advisor memo' (did you mean '--situation'?)", line);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("ninety%")]
    public void Run_CoverageMinNotAPercentage_ExitsTwoWithOneLine(string value)
    {
        var run = CliHarness.Run("test", "--coverage-min", value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"policy-advisor: --coverage-min '{value}' is not a percentage from 0 to 100 (e.g. 90 or 90%); run 'policy-advisor --help' for usage.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Run_SweepSamplesNotANumber_NamesNoDotNetType()
    {
        var run = CliHarness.Run("sweep", "--samples", "abc");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("policy-advisor: --samples 'abc' is not a whole number from 1; run 'policy-advisor --help' for usage.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Run_EveryTypedOptionGivenText_ExitsTwoNamingNoDotNetType()
    {
        // Arrange: every option of every command that takes a number or a date.
        Type[] typed = [typeof(long?), typeof(int?), typeof(int), typeof(long), typeof(double?), typeof(double), typeof(DateTime?)];
        var root = new CliApp(new CliEnvironment(new CliConsole(new StringWriter(), new StringWriter(), false), CliHarness.RepositoryRoot, CliHarness.RepositoryRoot), CommandCatalog.All).Root();
        var cases = Commands(root, [])
            .SelectMany(c => c.Command.Options.Where(o => typed.Contains(o.ValueType)).Select(o => (Path: Required(c.Command, c.Path), Option: o.Name)))
            .ToArray();
        Assert.True(cases.Length >= 6, $"only {cases.Length} typed options found");

        foreach (var (path, option) in cases)
        {
            // Act
            var run = CliHarness.Run([.. path, option, "abc"]);

            // Assert
            Assert.True(run.ExitCode == 2, $"{string.Join(' ', path)} {option} abc exited {run.ExitCode}: {run.Error}");
            Assert.True(run.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length == 1, $"{string.Join(' ', path)} {option} abc: {run.Error}");
            Assert.DoesNotMatch("System\\.|`1|Nullable|Int64|Int32|Double|TimeSpan", run.Error);
        }
    }

    [Fact]
    public void CommandRunner_UnexpectedException_OneLineWithoutTheTypeAndExitOne()
    {
        // Arrange
        var error = new StringWriter();
        var environment = new CliEnvironment(new CliConsole(new StringWriter(), error, false), CliHarness.RepositoryRoot, CliHarness.RepositoryRoot);
        var globals = new GlobalOptions();
        var root = new System.CommandLine.RootCommand();
        globals.AddTo(root);

        // Act
        var exit = new CommandRunner(environment, globals).Run(root.Parse([]), _ => throw new InvalidOperationException("the widget broke"));

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal("policy-advisor: internal error: the widget broke\nRun again with --verbose for details.\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Plain_ParserMessageWithClrType_SaysWhatTheValueShouldBe()
    {
        var text = UsageErrors.Plain("Cannot parse argument 'abc' for option '--samples' as expected type 'System.Nullable`1[System.Int64]'.");

        Assert.Equal("--samples: 'abc' is not a whole number", text);
    }

    [Fact]
    public void Run_Help_ListsExitCodesAndSucceeds()
    {
        var run = CliHarness.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Exit codes: 0 success", run.Output);
    }

    // The command's path plus a placeholder for each argument it requires, so the option is the only fault.
    private static string[] Required(System.CommandLine.Command command, string[] path) =>
        [.. path, .. command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0).Select(_ => "x")];

    private static IEnumerable<(System.CommandLine.Command Command, string[] Path)> Commands(System.CommandLine.Command command, string[] path) =>
        command.Subcommands.SelectMany(c => Commands(c, [.. path, c.Name]).Prepend((c, [.. path, c.Name])));
}
