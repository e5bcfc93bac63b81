using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PolicyAdvisor.Cli.Commands;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Output;
using PolicyAdvisor.EndToEnd.Tests.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.EndToEnd.Tests;

/// <summary>
/// Runs one case of the adversarial corpus (<c>Corpus/*/case.yaml</c>) in its own working folder, in-process
/// (the CLI's <see cref="CliApp"/> with captured output, as <c>Program.cs</c> wires it), so the whole corpus costs
/// one JIT rather than one process start per case. It must end in time with the expected exit code and error
/// lines, never print a stack trace, stay within a memory bound, and leave every input (and any earlier output)
/// byte for byte as it was.
/// </summary>
internal static class HostileCorpusRunner
{
    // Generous on a loaded two-core machine: the point is "ends", not "is fast"; speed lives in bench/.
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);

    // The test host's peak working set, over every case run so far (the two halves of the corpus run side by
    // side): a stricter bound than 1 GB per case. The project caps the GC heap at 1.5 GB (runtimeconfig), so a
    // runaway case fails with an exception instead of taking the machine with it.
    private const long MemoryLimit = 1024L * 1024 * 1024;

    // Larger files are compared by length, time and their first and last MiB: hashing a sparse 1.5 GB partial
    // twice per run would cost seconds and prove nothing more.
    private const long HashWhole = 64L * 1024 * 1024;

    private const string Sentinel = "an earlier memo that a failed run must leave alone\n";

    // What the CLI may print on standard error: a positioned or whole-file diagnostic, its own one-line message,
    // or the hint to rerun with --verbose. Anything else (a stack frame, a library's raw message) is a failure.
    private static readonly Regex AllowedErrorLine = new(
        @"^(\S.*?(\(\d+,\d+\))?: (error|warning) PA\d{4}: .+|policy-advisor: .+|Run again with --verbose for details\.)$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Half of the cases, as theory data: every other one in name order, so that the two halves, which
    /// xunit runs side by side, share the heavy cases (100,000 and 900,000 facts, 50 MB) between them.
    /// </summary>
    public static TheoryData<string> Half(int half) =>
        [.. HostileCase.Names().Where((_, i) => i % 2 == half)];

    /// <summary>Runs case <paramref name="name"/> and asserts everything its case.yaml and the corpus rules demand.</summary>
    public static async Task Run(string name)
    {
        // Arrange
        var spec = HostileCase.Load(name);
        var work = Directory.CreateTempSubdirectory("pa-hostile-").FullName;
        var alive = new List<IDisposable>();
        try
        {
            alive.AddRange(Prepare(spec, work));
            var before = Snapshot(work);

            // Act
            var output = new StringWriter();
            var error = new StringWriter();
            var environment = new CliEnvironment(new CliConsole(output, error, isTerminal: false), work, work);
            var watch = Stopwatch.StartNew();
            var exit = await Task.Run(() => new CliApp(environment, CommandCatalog.All).Run(spec.Args))
                .WaitAsync(TimeLimit)
                .ConfigureAwait(false);
            watch.Stop();

            // Assert
            var errorLines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
            Assert.True(spec.ExitCode == exit, $"exit {exit}, expected {spec.ExitCode}; stderr:\n{error}");
            Assert.True(watch.Elapsed < TimeLimit, $"took {watch.Elapsed}");
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Assert.True(peak < MemoryLimit, $"peak working set {peak / (1024 * 1024)} MB");
            Assert.DoesNotContain(errorLines, l => l.StartsWith("   at ", StringComparison.Ordinal));
            Assert.All(errorLines, l => Assert.Matches(AllowedErrorLine, l));
            foreach (var expected in spec.Stderr)
            {
                Assert.True(errorLines.Any(l => Regex.IsMatch(l, expected, RegexOptions.CultureInvariant)), $"no stderr line matches /{expected}/ in:\n{error}");
            }

            if (spec.MaxStderrLines is { } most)
            {
                Assert.True(errorLines.Length <= most, $"{errorLines.Length} stderr lines, at most {most} expected");
            }

            if (spec.Stdout is not null)
            {
                Assert.Matches(new Regex(spec.Stdout, RegexOptions.CultureInvariant | RegexOptions.Multiline), output.ToString());
            }

            AssertUntouched(spec, before, Snapshot(work));
        }
        finally
        {
            alive.ForEach(a => a.Dispose());
            Directory.Delete(work, recursive: true);
        }
    }

    private static List<IDisposable> Prepare(HostileCase spec, string work)
    {
        foreach (var shipped in new[] { "rules", "seeds", "templates" })
        {
            CopyTree(Path.Combine(CliProcess.RepositoryRoot, shipped), Path.Combine(work, shipped));
        }

        CopyTree(spec.Folder, work, skip: "case.yaml");
        var alive = spec.Generate.Select(input => HostileInputs.Write(input, work)).OfType<IDisposable>().ToList();
        foreach (var existing in spec.Existing)
        {
            var path = Path.Combine(work, existing);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Sentinel);
        }

        return alive;
    }

    private static void CopyTree(string from, string to, string? skip = null)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative == skip)
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    // Relative path → fingerprint of every regular file under the working folder. Links are not followed, and
    // FIFOs, sockets and devices are never opened (a FIFO would block the snapshot itself).
    private static SortedDictionary<string, string> Snapshot(string work)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in new DirectoryInfo(work).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            if (FileKinds.Of(file.FullName) == FileKind.Regular)
            {
                hashes[Path.GetRelativePath(work, file.FullName)] = Fingerprint(file);
            }
        }

        return hashes;
    }

    private static string Fingerprint(FileInfo file)
    {
        using var stream = file.OpenRead();
        if (file.Length <= HashWhole)
        {
            return Convert.ToHexString(SHA256.HashData(stream));
        }

        var head = new byte[1024 * 1024];
        var tail = new byte[1024 * 1024];
        stream.ReadExactly(head);
        stream.Seek(-tail.Length, SeekOrigin.End);
        stream.ReadExactly(tail);
        return $"{file.Length}:{file.LastWriteTimeUtc.Ticks}:{Convert.ToHexString(SHA256.HashData([.. head, .. tail]))}";
    }

    private static void AssertUntouched(HostileCase spec, SortedDictionary<string, string> before, SortedDictionary<string, string> after)
    {
        foreach (var (path, hash) in before)
        {
            if (!spec.Writes.Contains(path))
            {
                Assert.True(after.TryGetValue(path, out var now) && now == hash, $"{path} was changed or removed by the run");
            }
        }

        // New files are only the declared outputs: no temporary file is left behind.
        Assert.All(after.Keys.Except(before.Keys), path => Assert.Contains(path, spec.Writes));
        if (spec.ExitCode == 0)
        {
            Assert.All(spec.Writes, path => Assert.True(after.TryGetValue(path, out var now) && (!before.TryGetValue(path, out var old) || old != now), $"{path} was not written"));
        }
    }
}
