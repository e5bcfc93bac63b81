using System.CommandLine;

namespace PolicyAdvisor.Cli.Hosting;

/// <summary>One top-level command. Each lives in its own file under Commands/.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the System.CommandLine command; its action runs through <see cref="CommandRunner"/>.</summary>
    Command Create(CommandRunner runner);
}
