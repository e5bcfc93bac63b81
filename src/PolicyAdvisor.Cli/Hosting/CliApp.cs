using System.CommandLine;
using System.CommandLine.Invocation;

namespace PolicyAdvisor.Cli.Hosting;

/// <summary>Builds the command tree, parses, runs, and maps every outcome to an exit code in one place.</summary>
internal sealed class CliApp(CliEnvironment environment, IReadOnlyList<ICliCommand> commands)
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public int Run(IReadOnlyList<string> args)
    {
        var parse = Root().Parse(args);
        var config = new InvocationConfiguration
        {
            Output = environment.Console.Out,
            Error = environment.Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            // System.CommandLine returns 1 for parse errors; our documented code for usage errors is 2.
            foreach (var line in UsageErrors.Describe(parse))
            {
                environment.Console.Error.WriteLine($"policy-advisor: {line}");
            }

            return ExitCodes.Usage;
        }

        return parse.Invoke(config);
    }

    /// <summary>The whole command tree, as parsed and as shown by --help.</summary>
    public RootCommand Root()
    {
        var globals = new GlobalOptions();
        var root = new RootCommand(
            "PolicyAdvisor: rules-driven policy options for the Armenia-Azerbaijan peace process.\n" + ExitCodes.Legend);
        globals.AddTo(root);
        var runner = new CommandRunner(environment, globals);
        foreach (var command in commands)
        {
            root.Add(command.Create(runner));
        }

        return root;
    }
}
