using BenchmarkDotNet.Attributes;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Benchmarks.Sessions;
using PolicyAdvisor.Benchmarks.Support;

namespace PolicyAdvisor.Benchmarks.Suites;

/// <summary>
/// One session of the shipped rules on the baseline, as a memo runs it (traced: provenance recorded) and as a sweep
/// scenario would without memoisation (untraced): new session, insert, fire, read the conclusions back.
/// </summary>
/// <remarks>BenchmarkDotNet needs public, unsealed benchmark classes.</remarks>
[MemoryDiagnoser]
public class ShippedRulesSession
{
    private KnowledgeBase _knowledge = null!;
    private Situation _baseline = null!;

    [Params(true, false)]
    public bool Traced { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _knowledge = ShippedKnowledge.Load(Path.Combine(root, "rules"), Path.Combine(root, "seeds"));
        _baseline = ShippedKnowledge.Situation(_knowledge, "baseline");
    }

    [Benchmark]
    public int RunBaseline()
    {
        var run = _knowledge.Advisor.Run(_baseline, traced: Traced);
        return run.Recommendations.Count + run.Risks.Count + run.Tradeoffs.Count;
    }
}
