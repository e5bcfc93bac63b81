using System.Globalization;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Benchmarks.Sessions;

namespace PolicyAdvisor.Benchmarks.Loading;

/// <summary>
/// <c>compilers-check</c>: loads the shipped rule base once with each expression compiler and runs every shipped
/// situation through both. Prints one line per situation with its conclusion count and whether both compilers
/// concluded exactly the same (every recommendation, risk, trade-off and derived fact, with its rule and reason);
/// exit 0 only when all are identical. Issue 13 keeps a faster compiler only if its results are identical.
/// </summary>
internal static class CompilerCheckCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = Support.Options.Parse(args, "rules", "seeds");
        var rules = options.Text("rules") ?? "rules";
        var seeds = options.Text("seeds") ?? "seeds";
        var loaded = CompilerChoice.Names
            .Select(name => (Name: name, Knowledge: ShippedKnowledge.Load(rules, seeds, CompilerChoice.Options(name, out var fast)), Fast: fast))
            .ToList();
        foreach (var (name, _, fast) in loaded.Where(l => l.Fast is not null))
        {
            output.WriteLine($"{name}: {fast!.Compiled} expressions compiled by FastExpressionCompiler, {fast.FellBack} fell back to the built-in compiler");
        }

        var differing = 0;
        foreach (var situation in ShippedKnowledge.SituationNames(loaded[0].Knowledge))
        {
            var outcomes = loaded.Select(l => Outcome(l.Knowledge, situation)).ToList();
            var same = outcomes.All(o => o.SequenceEqual(outcomes[0], StringComparer.Ordinal));
            differing += same ? 0 : 1;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{situation}: {outcomes[0].Count} conclusions, {(same ? "identical" : "DIFFERENT")}"));
            foreach (var line in same ? [] : outcomes[0].Except(outcomes[1]).Concat(outcomes[1].Except(outcomes[0])).Take(5))
            {
                output.WriteLine("  " + line);
            }
        }

        output.WriteLine(differing == 0 ? $"identical: {string.Join(" and ", CompilerChoice.Names)} conclude the same for every situation" : $"different in {differing} situations");
        return differing == 0 ? 0 : 1;
    }

    /// <summary>Everything a run concludes, one line each, with its rule and reason, in ordinal order.</summary>
    private static List<string> Outcome(KnowledgeBase knowledge, string situationName)
    {
        var run = knowledge.Advisor.Run(ShippedKnowledge.Situation(knowledge, situationName));
        var schema = run.RuleBase.Schema;
        return run.Recommendations.Select(r => r.ToString())
            .Concat(run.Risks.Select(r => $"{r} against {string.Join(",", r.Against)}"))
            .Concat(run.Tradeoffs.Select(t => $"{t} sides {string.Join(",", t.Sides.Select(s => s.Option))}"))
            .Concat(run.Facts.Where(f => schema.Find(schema.TypeNameOf(f)) is { Derived: true }).Select(f => $"derived {f}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
