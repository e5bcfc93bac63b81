using System.CommandLine;

namespace PolicyAdvisor.Cli.Hosting;

/// <summary>Options every command accepts: where the knowledge base lives, and how much to log.</summary>
internal sealed class GlobalOptions
{
    /// <summary>Folder holding facts.yaml, options.yaml and the *.rules.yaml files.</summary>
    public Option<DirectoryInfo?> Rules { get; } = new("--rules")
    {
        Description = "Rules folder (facts.yaml, options.yaml, **/*.rules.yaml). Default: ./rules, else the one shipped with the tool.",
        Recursive = true,
    };

    /// <summary>Folder holding sources/ (digests) and situations/.</summary>
    public Option<DirectoryInfo?> Seeds { get; } = new("--seeds")
    {
        Description = "Seeds folder (sources/ digests and situations/). Default: ./seeds, else the one shipped with the tool.",
        Recursive = true,
    };

    /// <summary>Debug logging and stack traces on failure.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Log engine activity on stderr and show stack traces on failure.",
        Recursive = true,
    };

    /// <summary>Log file in Serilog compact JSON.</summary>
    public Option<FileInfo?> LogFile { get; } = new("--log-file")
    {
        Description = "Also write the log to this file as compact JSON lines.",
        Recursive = true,
    };

    /// <summary>Adds the options to the root command.</summary>
    public void AddTo(RootCommand root)
    {
        root.Add(Rules);
        root.Add(Seeds);
        root.Add(Verbose);
        root.Add(LogFile);
    }
}
