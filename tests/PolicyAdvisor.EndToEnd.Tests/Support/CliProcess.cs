using System.Diagnostics;

namespace PolicyAdvisor.EndToEnd.Tests.Support;

/// <summary>
/// Runs the built CLI as a separate process, as a user would: `dotnet policy-advisor.dll ...` with its own
/// working folder, environment, a wall-clock limit, and captured output.
/// </summary>
internal static class CliProcess
{
    /// <summary>The repository root (the folder holding PolicyAdvisor.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The CLI assembly copied next to the tests by the project reference.</summary>
    public static string CliDll { get; } = Path.Combine(AppContext.BaseDirectory, "policy-advisor.dll");

    /// <summary>Runs the CLI in the repository root.</summary>
    public static ProcessRun Run(params string[] args) => Run(new ProcessOptions(), args);

    /// <summary>Runs the CLI with options (working folder, environment, time limit).</summary>
    public static ProcessRun Run(ProcessOptions options, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = options.WorkingDirectory ?? RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in options.Environment)
        {
            start.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, SafePeak(process));
            if (watch.Elapsed > options.TimeLimit)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"policy-advisor {string.Join(' ', args)} ran longer than {options.TimeLimit.TotalSeconds} s");
            }
        }

        return new ProcessRun(process.ExitCode, output.Result, error.Result, watch.Elapsed, peak);
    }

    private static long SafePeak(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
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

/// <summary>How to run the CLI process.</summary>
internal sealed record ProcessOptions
{
    public string? WorkingDirectory { get; init; }

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);
}

/// <summary>What one CLI process returned and printed, how long it took and its peak memory.</summary>
internal sealed record ProcessRun(int ExitCode, string Output, string Error, TimeSpan Elapsed, long PeakWorkingSet);
