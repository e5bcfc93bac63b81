using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PolicyAdvisor.Benchmarks.Loading;
using PolicyAdvisor.Benchmarks.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Benchmarks.Suites;

/// <summary>
/// Target (issue 13): load the shipped schema, options, digests and rules, compiled into the NRules session
/// factory, in under 200 ms in a fresh process; with NRules' own expression compiler and with FastExpressionCompiler.
/// The cold-start strategy launches a new process per measurement and times its first load, so JIT, type loading
/// and library start-up are counted as a user meets them. <c>load</c> in Program.cs prints the same figure with CPU
/// time, and Loading/LoadTiming.sh runs it published ReadyToRun.
/// </summary>
/// <remarks>BenchmarkDotNet needs public, unsealed benchmark classes.</remarks>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class ShippedRuleBaseLoad
{
    private string _rules = string.Empty;
    private string _sources = string.Empty;

    [Params("default", "fec")]
    public string Compiler { get; set; } = "default";

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _rules = Path.Combine(root, "rules");
        _sources = Path.Combine(root, "seeds", "sources");
    }

    [Benchmark]
    public int LoadColdInFreshProcess()
    {
        var ruleBase = RuleBaseLoader.Load(_rules, _sources, out var diagnostics, CompilerChoice.Options(Compiler, out _));
        return ruleBase.SessionFactory is null
            ? throw new InvalidOperationException($"the shipped rule base did not load: {diagnostics.FirstOrDefault(d => d.IsError)}")
            : ruleBase.Rules.Count;
    }
}
