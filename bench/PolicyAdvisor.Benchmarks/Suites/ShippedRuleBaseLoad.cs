using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Benchmarks.Suites;

/// <summary>
/// Target (issue 4): load the shipped schema, options, digests and rules, every condition compiled, in under 150 ms
/// in a fresh process. The cold-start strategy launches a new process per measurement and times its first load,
/// so JIT, type loading and library start-up are counted as a user meets them. Run from the repository root
/// (the shipped rules/ and seeds/ are found there); <c>load</c> in Program.cs prints the same figure with CPU time.
/// </summary>
/// <remarks>BenchmarkDotNet needs public, unsealed benchmark classes.</remarks>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class ShippedRuleBaseLoad
{
    private string _rules = string.Empty;
    private string _sources = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        _rules = Path.Combine(root, "rules");
        _sources = Path.Combine(root, "seeds", "sources");
    }

    [Benchmark]
    public int LoadColdInFreshProcess()
    {
        var ruleBase = RuleBaseLoader.Load(_rules, _sources, out var diagnostics);
        return ruleBase.SessionFactory is null
            ? throw new InvalidOperationException($"the shipped rule base did not load: {diagnostics.FirstOrDefault(d => d.IsError)}")
            : ruleBase.Rules.Count;
    }

    // BenchmarkDotNet runs the benchmark from a generated folder under bin/, so walk up to the folder with rules/.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "rules", "facts.yaml")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
