using System.Diagnostics;

namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>
/// Installs the Debian packages an end-to-end test needs when their program is missing (the test machines run as
/// root), serialised across test processes by one lock file, so a fresh machine passes `dotnet test` without
/// manual steps. Also runs those programs with a timeout.
/// </summary>
internal static class DebianPackages
{
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "policyadvisor-apt-install.lock");

    /// <summary>Installs <paramref name="packages"/> unless every one of <paramref name="executables"/> exists.</summary>
    public static void EnsureInstalled(IReadOnlyList<string> executables, params string[] packages)
    {
        if (executables.All(File.Exists))
        {
            return;
        }

        using var held = AcquireLock(TimeSpan.FromMinutes(20));
        if (executables.All(File.Exists))
        {
            return; // another test process installed them while this one waited
        }

        Check(Run("apt-get", ["update", "-qq"], TimeSpan.FromMinutes(10)), "apt-get update");
        Check(Run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", .. packages], TimeSpan.FromMinutes(20)), "apt-get install " + string.Join(' ', packages));
    }

    /// <summary>Runs <paramref name="file"/> and fails with its standard error unless it exits with 0.</summary>
    public static string RunChecked(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var result = Run(file, arguments, timeout);
        Check(result, Path.GetFileName(file));
        return result.Stdout;
    }

    private static (int Exit, string Stdout, string Stderr) Run(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish. Timeout={timeout}");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static FileStream AcquireLock(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (deadline.Elapsed < timeout)
            {
                Thread.Sleep(TimeSpan.FromSeconds(1));
            }
        }
    }

    private static void Check((int Exit, string Stdout, string Stderr) result, string what)
    {
        if (result.Exit != 0)
        {
            throw new InvalidOperationException($"{what} failed. Exit={result.Exit} Stderr={result.Stderr}");
        }
    }
}
