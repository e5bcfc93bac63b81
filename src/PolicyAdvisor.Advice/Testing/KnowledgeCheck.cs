using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Testing;

/// <summary>
/// Loads the whole knowledge base the way a rule author edits it (schema, options, rules, digests, every situation
/// and every rule test file) and collects every problem, so one pass shows all of them.
/// </summary>
public static class KnowledgeCheck
{
    /// <summary>
    /// Checks <paramref name="rulesDirectory"/> (with its <c>tests/</c>) and <paramref name="seedsDirectory"/>
    /// (<c>sources/</c>, <c>situations/</c>). Claims count as used when a rule, option, situation or test fact cites them.
    /// </summary>
    public static KnowledgeCheckResult Run(string rulesDirectory, string seedsDirectory)
    {
        ArgumentNullException.ThrowIfNull(rulesDirectory);
        ArgumentNullException.ThrowIfNull(seedsDirectory);
        var options = new RuleBaseLoadOptions { WarnUnusedClaims = false };
        var ruleBase = RuleBaseLoader.Load(rulesDirectory, Path.Combine(seedsDirectory, "sources"), out var found, options);
        var bag = new DiagnosticBag();
        bag.AddRange(found);
        if (!Directory.Exists(rulesDirectory))
        {
            return new KnowledgeCheckResult(bag.Sorted(), ruleBase, [], []);
        }

        var situationsDirectory = Path.Combine(seedsDirectory, "situations");
        var situations = LoadSituations(ruleBase, situationsDirectory, bag);
        var tests = new RuleTestLoader(ruleBase, situationsDirectory).LoadFolder(Path.Combine(rulesDirectory, "tests"), bag);
        var stated = situations.Concat(tests.Select(t => t.Situation)).SelectMany(s => s.Facts).ToArray();
        FactIdCheck.Report(ruleBase, stated, bag);

        // Unused claims are meaningless while errors leave parts of the rule base unread (see RuleBaseLoader).
        if (!found.Any(d => d.IsError))
        {
            bag.AddRange(ruleBase.UnusedClaims(stated.SelectMany(f => f.Sources)));
        }

        // Tests load the situations they name again, which repeats those files' warnings.
        return new KnowledgeCheckResult(bag.Sorted().Distinct().ToArray(), ruleBase, situations, tests);
    }

    /// <summary>Loads every situation file in <paramref name="directory"/> (ordinal order); those with errors are left out.</summary>
    public static IReadOnlyList<Situation> LoadSituations(RuleBase ruleBase, string directory, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(ruleBase);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(bag);
        var loader = SituationLoader.For(ruleBase);
        var situations = new List<Situation>();
        var files = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal).ToArray()
            : [];
        foreach (var file in files)
        {
            if (loader.Load(file, bag, directory) is { } situation)
            {
                situations.Add(situation);
            }
        }

        return situations;
    }
}
