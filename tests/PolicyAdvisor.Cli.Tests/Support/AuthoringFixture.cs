namespace PolicyAdvisor.Cli.Tests.Support;

/// <summary>
/// A temporary copy of the rule-test fixture (tests/PolicyAdvisor.Advice.Tests/Testing/Fixtures/kb: rules/,
/// rules/tests/, seeds/) used as the working folder, so the CLI finds ./rules and ./seeds and shows short paths.
/// </summary>
internal sealed class AuthoringFixture : IDisposable
{
    public AuthoringFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "pa-authoring-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(CliHarness.RepositoryRoot, "tests", "PolicyAdvisor.Advice.Tests", "Testing", "Fixtures", "kb"), Root);
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> under the root.</summary>
    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Runs the CLI with the fixture as working folder.</summary>
    public CliRun Run(params string[] args) => CliHarness.RunIn(Root, args);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
