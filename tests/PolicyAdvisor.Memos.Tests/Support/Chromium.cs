using System.Diagnostics;

namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>
/// Headless Chromium for the HTML end-to-end test. When /usr/bin/chromium is missing it installs the Debian
/// package (the test machines run as root), serialised across test processes by a lock file, so a fresh machine
/// passes `dotnet test` without manual steps.
/// </summary>
public sealed class Chromium
{
    private const string Executable = "/usr/bin/chromium";
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "policyadvisor-chromium-install.lock");

    public Chromium()
    {
        if (!File.Exists(Executable))
        {
            InstallUnderLock();
        }
    }

    /// <summary>Loads <paramref name="file"/> and returns the DOM Chromium built from it, serialised.</summary>
    public string DumpDom(string file)
    {
        var profile = Directory.CreateTempSubdirectory("memo-chromium-profile-").FullName;
        try
        {
            var (exit, stdout, stderr) = Run(Executable,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--dump-dom", new Uri(file).AbsoluteUri,
            ], TimeSpan.FromMinutes(2));
            return exit == 0 ? stdout : throw new InvalidOperationException($"Chromium failed. Exit={exit} Stderr={stderr}");
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static void InstallUnderLock()
    {
        using var held = AcquireLock(TimeSpan.FromMinutes(15));
        if (File.Exists(Executable))
        {
            return; // another test process installed it while this one waited
        }

        Check(Run("apt-get", ["update", "-qq"], TimeSpan.FromMinutes(10)), "apt-get update");
        Check(Run("apt-get", ["install", "-y", "-qq", "chromium"], TimeSpan.FromMinutes(15)), "apt-get install chromium");
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
}
