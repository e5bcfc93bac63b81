using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Advice.Testing;
using PolicyAdvisor.Cli.Authoring;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Knowledge;
using PolicyAdvisor.Cli.Output;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Commands;

/// <summary><c>test</c>: runs the rule author's scenario tests in rules/tests/*.yaml and reports rule coverage.</summary>
internal sealed class TestCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Create(CommandRunner runner)
    {
        var coverageMin = CommonOptions.Percentage("--coverage-min", "Fail (exit 1) when fewer than this percentage (0 to 100; 90 and 90% both mean ninety per cent) of rules were seen both firing and not firing.");
        var filter = new Option<string?>("--filter") { Description = "Run only the tests whose name contains this text (case-insensitive)." };
        var command = new Command("test", "Run the rule tests in rules/tests/*.yaml: PASS/FAIL per test, then per-rule coverage.")
        {
            coverageMin, filter,
        };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var knowledge = services.GetRequiredService<KnowledgeLoader>();
            var console = services.GetRequiredService<CliConsole>();
            var kb = knowledge.Knowledge;
            var diagnostics = new DiagnosticBag();
            var tests = new RuleTestLoader(kb.RuleBase, kb.SituationsDirectory).LoadFolder(knowledge.Paths.Tests, diagnostics);
            knowledge.Report(diagnostics, "rule tests");
            var text = parse.GetValue(filter);
            var chosen = text is null ? tests : tests.Where(t => t.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (chosen.Count == 0)
            {
                throw CliException.Usage($"no rule test name contains '{text}'.");
            }

            var suite = new RuleTestRunner(kb.Advisor).RunAll(chosen);
            TestReportWriter.Write(console.Out, suite, knowledge.Display);

            // A run that stopped (a budget, a failing condition) is a fault of the rules, not of a test's
            // expectations: report it once, positioned, as invalid input.
            var stops = new DiagnosticBag();
            stops.AddRange(suite.Results.Select(r => r.StoppedBy).OfType<Diagnostic>().Distinct());
            knowledge.Report(stops, "rule base");
            if (suite.FailedCount > 0)
            {
                return ExitCodes.Failure;
            }

            if (parse.GetValue(coverageMin) is { } min && suite.Coverage.Percent < min)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"policy-advisor: rule coverage {suite.Coverage.Percent:F1}% is below --coverage-min {min}."));
                return ExitCodes.Failure;
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
