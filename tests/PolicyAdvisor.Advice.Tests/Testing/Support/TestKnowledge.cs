using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Testing.Support;

/// <summary>
/// A private copy of the rule-test fixture (rules/, rules/tests/, seeds/) in a temporary folder, so a test can
/// add or replace files without touching the others.
/// </summary>
internal sealed class TestKnowledge : IDisposable
{
    public TestKnowledge()
    {
        Root = Path.Combine(Path.GetTempPath(), "pa-ruletests-" + Guid.NewGuid().ToString("N"));
        Copy(FixtureRoot, Root);
    }

    /// <summary>The checked-in fixture, found from the repository root so no build step has to copy it.</summary>
    public static string FixtureRoot { get; } = Path.Combine(RepositoryRoot(), "tests", "PolicyAdvisor.Advice.Tests", "Testing", "Fixtures", "kb");

    public string Root { get; }

    public string Rules => Path.Combine(Root, "rules");

    public string Seeds => Path.Combine(Root, "seeds");

    public string Tests => Path.Combine(Rules, "tests");

    public string Situations => Path.Combine(Seeds, "situations");

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> under the root and returns its path.</summary>
    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Loads the knowledge base, failing the test if the fixture itself has errors.</summary>
    public KnowledgeBase Load()
    {
        var bag = new DiagnosticBag();
        return KnowledgeBase.Load(Rules, Seeds, bag, new RuleBaseLoadOptions { WarnUnusedClaims = false })
            ?? throw new InvalidOperationException("fixture has errors: " + string.Join("; ", bag.Items));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PolicyAdvisor.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PolicyAdvisor.sln not found above the test folder.");
    }

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
