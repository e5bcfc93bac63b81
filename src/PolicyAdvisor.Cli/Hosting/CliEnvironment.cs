using PolicyAdvisor.Cli.Output;

namespace PolicyAdvisor.Cli.Hosting;

/// <summary>What a run sees of the outside world: its console, working folder and install folder.</summary>
/// <param name="Console">Where output and errors go.</param>
/// <param name="WorkingDirectory">Relative paths and the default ./rules, ./seeds, ./templates resolve here.</param>
/// <param name="InstallDirectory">Where the shipped rules, seeds and templates sit next to the executable.</param>
internal sealed record CliEnvironment(CliConsole Console, string WorkingDirectory, string InstallDirectory)
{
    /// <summary>The real process environment.</summary>
    public static CliEnvironment FromProcess() =>
        new(CliConsole.FromProcess(), Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    /// <summary>
    /// Resolves a knowledge-base folder: the explicit option if given, else <paramref name="defaultName"/> in the
    /// working folder if it exists, else the copy shipped beside the executable.
    /// </summary>
    public string Locate(DirectoryInfo? explicitDirectory, string defaultName)
    {
        if (explicitDirectory is not null)
        {
            var full = Path.GetFullPath(explicitDirectory.ToString(), WorkingDirectory);
            return Directory.Exists(full)
                ? full
                : throw CliException.Usage($"folder '{explicitDirectory}' does not exist.");
        }

        var local = Path.Combine(WorkingDirectory, defaultName);
        if (Directory.Exists(local))
        {
            return local;
        }

        var shipped = Path.Combine(InstallDirectory, defaultName);
        return Directory.Exists(shipped)
            ? shipped
            : throw CliException.Usage($"no '{defaultName}' folder here or beside the tool; pass --{defaultName.Split('/')[0]} DIR.");
    }

    /// <summary>A path as the user should see it: relative to the working folder when inside it.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? path
            : relative.Replace('\\', '/');
    }
}
