using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Support;

/// <summary>The small knowledge base under Fixtures/Mini: two options, an assessment, a risk, two situations.</summary>
internal static class Mini
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mini");

    public static string Situations => Path.Combine(Root, "seeds", "situations");

    public static KnowledgeBase Load()
    {
        var diagnostics = new DiagnosticBag();
        var knowledge = KnowledgeBase.Load(Path.Combine(Root, "rules"), Path.Combine(Root, "seeds"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return knowledge!;
    }

    public static Situation Situation(KnowledgeBase knowledge, string name)
    {
        var diagnostics = new DiagnosticBag();
        var situation = knowledge.Situations.Load(Path.Combine(Situations, name + ".yaml"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return situation!;
    }

    /// <summary>A temporary copy of the Mini rules folder with one more rules file, removed on dispose.</summary>
    public static MiniCopy WithExtraRules(string rulesYaml)
    {
        var folder = Directory.CreateTempSubdirectory("pa-mini-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "rules")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(folder, "extra.rules.yaml"), rulesYaml);
        return new MiniCopy(folder);
    }

    /// <summary>Writes a situation file to a temp folder beside a copy of base.yaml and loads it.</summary>
    public static (Situation? Situation, DiagnosticBag Diagnostics) LoadText(KnowledgeBase knowledge, string yaml)
    {
        var folder = Directory.CreateTempSubdirectory("pa-situation-").FullName;
        File.Copy(Path.Combine(Situations, "base.yaml"), Path.Combine(folder, "base.yaml"));
        var path = Path.Combine(folder, "what-if.yaml");
        File.WriteAllText(path, yaml);
        var diagnostics = new DiagnosticBag();
        return (knowledge.Situations.Load(path, diagnostics), diagnostics);
    }
}

/// <summary>A throwaway rules folder beside Mini's seeds.</summary>
internal sealed class MiniCopy(string rules) : IDisposable
{
    public KnowledgeBase Load()
    {
        var diagnostics = new DiagnosticBag();
        var knowledge = KnowledgeBase.Load(rules, Path.Combine(Mini.Root, "seeds"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return knowledge!;
    }

    public void Dispose() => Directory.Delete(rules, recursive: true);
}
