using PolicyAdvisor.Cli.Commands;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Output;

namespace PolicyAdvisor.Cli.Tests.Support;

/// <summary>Runs the CLI in-process against the repository's shipped knowledge base, capturing its output.</summary>
internal static class CliHarness
{
    /// <summary>The repository root (the folder holding PolicyAdvisor.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static CliRun Run(params string[] args) => RunIn(RepositoryRoot, args);

    public static CliRun RunIn(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(new CliConsole(output, error, isTerminal: false), workingDirectory, RepositoryRoot);
        var exit = new CliApp(environment, CommandCatalog.All).Run(args);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PolicyAdvisor.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PolicyAdvisor.sln not found above the test folder.");
    }
}

/// <summary>What one CLI run returned and printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);
