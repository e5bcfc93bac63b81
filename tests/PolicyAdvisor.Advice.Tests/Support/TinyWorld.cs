using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Support;

/// <summary>The tiny fixture knowledge base under Analysis/Fixtures/tiny: shares there can be worked out by hand.</summary>
internal static class TinyWorld
{
    /// <summary>The fixture folder (rules/ and seeds/).</summary>
    public static string Folder { get; } = Path.Combine(FindRoot(), "tests", "PolicyAdvisor.Advice.Tests", "Analysis", "Fixtures", "tiny");

    /// <summary>Loads the knowledge base; fails the test on any diagnostic error.</summary>
    public static KnowledgeBase Load(string? rulesFolder = null)
    {
        var bag = new DiagnosticBag();
        var knowledge = KnowledgeBase.Load(rulesFolder ?? Path.Combine(Folder, "rules"), Path.Combine(Folder, "seeds"), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        return knowledge!;
    }

    /// <summary>Loads a shipped fixture situation by stem.</summary>
    public static Situation Situation(KnowledgeBase knowledge, string stem = "baseline")
    {
        var bag = new DiagnosticBag();
        var situation = knowledge.Situations.Load(Path.Combine(knowledge.SituationsDirectory, stem + ".yaml"), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        return situation!;
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
