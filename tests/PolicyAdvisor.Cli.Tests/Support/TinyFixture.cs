namespace PolicyAdvisor.Cli.Tests.Support;

/// <summary>
/// The analysis tests' tiny knowledge base (tests/PolicyAdvisor.Advice.Tests/Analysis/Fixtures/tiny), whose
/// sweep shares are known by hand; passed with --rules and --seeds so the commands do not depend on the shipped rules.
/// </summary>
internal static class TinyFixture
{
    public static string Folder { get; } = Path.Combine(CliHarness.RepositoryRoot, "tests", "PolicyAdvisor.Advice.Tests", "Analysis", "Fixtures", "tiny");

    public static string Rules => Path.Combine(Folder, "rules");

    public static string Seeds => Path.Combine(Folder, "seeds");

    /// <summary>Runs the CLI against the fixture.</summary>
    public static CliRun Run(params string[] args) => CliHarness.Run([.. args, "--rules", Rules, "--seeds", Seeds]);

    /// <summary>A temporary copy of the fixture's rules folder, removed on dispose.</summary>
    public static TempRules CopyRules() => new(Rules);
}

/// <summary>A throwaway copy of a rules folder that a test may edit.</summary>
internal sealed class TempRules : IDisposable
{
    public TempRules(string source)
    {
        Folder = Path.Combine(Path.GetTempPath(), "pa-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    public string Folder { get; }

    /// <summary>Replaces text in one file of the copy; fails when the text is absent, so a test cannot pass vacuously.</summary>
    public void Edit(string file, string find, string replace)
    {
        var path = Path.Combine(Folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
