using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Rules;
using Serilog;

namespace PolicyAdvisor.Cli.Hosting;

/// <summary>
/// Runs a command's body inside a per-invocation service provider (the composition root) and turns every
/// failure into a one-line message plus its documented exit code. Stack traces appear only with --verbose.
/// </summary>
internal sealed class CommandRunner(CliEnvironment environment, GlobalOptions globals)
{
    /// <summary>The global options, for commands that need their values.</summary>
    public GlobalOptions Globals { get; } = globals;

    /// <summary>Runs <paramref name="body"/> and returns its exit code, or the code of the failure it raised.</summary>
    public int Run(ParseResult parse, Func<IServiceProvider, int> body)
    {
        var verbose = parse.GetValue(Globals.Verbose);
        var error = environment.Console.Error;
        try
        {
            // Before the services exist: resolving the logger opens --log-file, which may be an input.
            Output.OutputGuard.Check(parse, Globals, environment);
            using var services = CliServices.Build(environment, parse, Globals);
            try
            {
                return body(services);
            }
            catch (RuleRunException failure)
            {
                // A rule set that re-fires forever, outgrows a budget or fails in a condition is bad input with a
                // place to point at, like a looping template.
                services.GetRequiredService<Knowledge.KnowledgeLoader>().ReportRunFailure(failure);
                throw;
            }
            catch (Advice.Reporting.ReportBudgetException budget)
            {
                // A situation too large for the report's budgets is invalid input, reported on its file.
                var diagnostics = new Rules.DiagnosticBag();
                diagnostics.Add(budget.Diagnostic);
                services.GetRequiredService<Knowledge.KnowledgeLoader>().Report(diagnostics, "situation");
                throw;
            }
            finally
            {
                (services.GetService<ILogger>() as IDisposable)?.Dispose();
            }
        }
        catch (CliException e)
        {
            error.WriteLine($"policy-advisor: {e.Message}");
            if (verbose)
            {
                error.WriteLine(e.ToString());
            }

            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("policy-advisor: cancelled.");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            // The exception's type is .NET's word, not the user's; --verbose shows it with the stack trace.
            error.WriteLine($"policy-advisor: internal error: {FirstLine(e.Message)}");
            error.WriteLine(verbose ? e.ToString() : "Run again with --verbose for details.");
            return ExitCodes.Failure;
        }
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
