using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Support;

/// <summary>
/// A copy of the Mini knowledge base in a temporary folder, with extra fact types and rules appended, loaded with
/// the given budgets: for runs that must misbehave (loops, budgets, failing conditions).
/// </summary>
internal static class ScratchKnowledge
{
    public static KnowledgeBase Load(string extraTypes, string extraRules, RunBudgets? budgets = null)
    {
        var folder = Directory.CreateTempSubdirectory("pa-scratch-").FullName;
        Copy(Mini.Root, folder);
        File.AppendAllText(Path.Combine(folder, "rules", "facts.yaml"), extraTypes);
        File.WriteAllText(Path.Combine(folder, "rules", "extra.rules.yaml"), extraRules.Length == 0 ? "rules: []\n" : "rules:\n" + extraRules);
        var diagnostics = new DiagnosticBag();
        var knowledge = KnowledgeBase.Load(Path.Combine(folder, "rules"), Path.Combine(folder, "seeds"), diagnostics,
            new RuleBaseLoadOptions { Budgets = budgets ?? RunBudgets.Default });
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return knowledge!;
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
