using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Benchmarks.Sessions;

/// <summary>The shipped rule base and its situations, loaded as the CLI loads them; errors are fatal here.</summary>
internal static class ShippedKnowledge
{
    public static KnowledgeBase Load(string rules, string seeds, RuleBaseLoadOptions? options = null)
    {
        var bag = new DiagnosticBag();
        return KnowledgeBase.Load(rules, seeds, bag, options)
            ?? throw new IOException("the rule base did not load: " + bag.Items.FirstOrDefault(d => d.IsError));
    }

    public static Situation Situation(KnowledgeBase knowledge, string name)
    {
        var bag = new DiagnosticBag();
        return knowledge.Situations.Load(Path.Combine(knowledge.SituationsDirectory, name + ".yaml"), bag)
            ?? throw new IOException($"situation '{name}' did not load: " + bag.Items.FirstOrDefault(d => d.IsError));
    }

    /// <summary>Every shipped situation, by file name without extension, in ordinal order.</summary>
    public static IReadOnlyList<string> SituationNames(KnowledgeBase knowledge) =>
        Directory.GetFiles(knowledge.SituationsDirectory, "*.yaml")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();
}
