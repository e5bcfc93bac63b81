using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PolicyAdvisor.EndToEnd.Tests.Support;

namespace PolicyAdvisor.EndToEnd.Tests;

/// <summary>
/// Runs one case of the adversarial corpus (<c>Corpus/*/case.yaml</c>) as a real process in its own working
/// folder: it must end in time with the expected exit code and error lines, never print a stack trace, stay
/// within a memory bound, and leave every input (and any earlier output) byte for byte as it was.
/// </summary>
internal static class HostileCorpusRunner
{
    // Generous on a loaded two-core machine: the point is "ends", not "is fast"; speed lives in bench/.
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);

    private const long MemoryLimit = 1024L * 1024 * 1024;

    private const string Sentinel = "an earlier memo that a failed run must leave alone\n";

    // What the CLI may print on standard error: a positioned or whole-file diagnostic, its own one-line message,
    // or the hint to rerun with --verbose. Anything else (a stack frame, a library's raw message) is a failure.
    private static readonly Regex AllowedErrorLine = new(
        @"^(\S.*?(\(\d+,\d+\))?: (error|warning) PA\d{4}: .+|policy-advisor: .+|Run again with --verbose for details\.)$",
        RegexOptions.CultureInvariant);

    /// <summary>Case names starting with one of <paramref name="prefixes"/>, as theory data.</summary>
    public static TheoryData<string> CasesStartingWith(params string[] prefixes) =>
        [.. HostileCase.Names().Where(n => prefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal)))];

    /// <summary>Runs case <paramref name="name"/> and asserts everything its case.yaml and the corpus rules demand.</summary>
    public static void Run(string name)
    {
        // Arrange
        var spec = HostileCase.Load(name);
        var work = Directory.CreateTempSubdirectory("pa-hostile-").FullName;
        try
        {
            Prepare(spec, work);
            var before = Snapshot(work);

            // Act
            var run = CliProcess.Run(new ProcessOptions { WorkingDirectory = work, TimeLimit = TimeLimit }, [.. spec.Args]);

            // Assert
            var errorLines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
            Assert.True(spec.ExitCode == run.ExitCode, $"exit {run.ExitCode}, expected {spec.ExitCode}; stderr:\n{run.Error}");
            Assert.True(run.Elapsed < TimeLimit, $"took {run.Elapsed}");
            Assert.True(run.PeakWorkingSet < MemoryLimit, $"peak working set {run.PeakWorkingSet / (1024 * 1024)} MB");
            Assert.DoesNotContain(errorLines, l => l.StartsWith("   at ", StringComparison.Ordinal));
            Assert.All(errorLines, l => Assert.Matches(AllowedErrorLine, l));
            foreach (var expected in spec.Stderr)
            {
                Assert.True(errorLines.Any(l => Regex.IsMatch(l, expected, RegexOptions.CultureInvariant)), $"no stderr line matches /{expected}/ in:\n{run.Error}");
            }

            if (spec.Stdout is not null)
            {
                Assert.Matches(new Regex(spec.Stdout, RegexOptions.CultureInvariant | RegexOptions.Multiline), run.Output);
            }

            AssertUntouched(spec, before, Snapshot(work));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Prepare(HostileCase spec, string work)
    {
        foreach (var shipped in new[] { "rules", "seeds", "templates" })
        {
            CopyTree(Path.Combine(CliProcess.RepositoryRoot, shipped), Path.Combine(work, shipped));
        }

        CopyTree(spec.Folder, work, skip: "case.yaml");
        foreach (var input in spec.Generate)
        {
            HostileInputs.Write(input, work);
        }

        foreach (var existing in spec.Existing)
        {
            File.WriteAllText(Path.Combine(work, existing), Sentinel);
        }
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

    // Relative path → SHA-256 of every regular file under the working folder (links are not followed).
    private static SortedDictionary<string, string> Snapshot(string work)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in new DirectoryInfo(work).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            if (file.LinkTarget is null)
            {
                using var stream = file.OpenRead();
                hashes[Path.GetRelativePath(work, file.FullName)] = Convert.ToHexString(SHA256.HashData(stream));
            }
        }

        return hashes;
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
