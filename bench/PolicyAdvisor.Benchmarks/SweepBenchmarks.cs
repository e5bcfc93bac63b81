using BenchmarkDotNet.Attributes;
using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Benchmarks.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Benchmarks;

/// <summary>
/// The robustness sweep over the shipped baseline. <see cref="Memoized"/> is the sweep as shipped (repeated
/// combinations recalled); <see cref="EveryScenarioRun"/> runs the engine for every scenario, which measures
/// the engine rather than the sweep. Run: dotnet run -c Release --project bench/PolicyAdvisor.Benchmarks -- --filter *Sweep*
/// </summary>
[MemoryDiagnoser]
public class SweepBenchmarks
{
    private Advisor _advisor = null!;
    private Situation _baseline = null!;

    [Params(100_000)]
    public int Samples { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        var bag = new DiagnosticBag();
        var knowledge = KnowledgeBase.Load(Path.Combine(root, "rules"), Path.Combine(root, "seeds"), bag)
            ?? throw new InvalidOperationException("The shipped rules have errors: " + string.Join("; ", bag.Sorted()));
        _advisor = knowledge.Advisor;
        _baseline = knowledge.Situations.Load(Path.Combine(knowledge.SituationsDirectory, "baseline.yaml"), bag)
            ?? throw new InvalidOperationException("The baseline has errors.");
    }

    [Benchmark(Description = "sweep baseline, Latin hypercube, memoized")]
    public long Memoized() =>
        new Sweep(_advisor).Run(_baseline, new SweepOptions(SweepMethod.LatinHypercube, Samples)).Scenarios;

    [Benchmark(Description = "sweep baseline, 2,000 scenarios, engine run for each")]
    public long EveryScenarioRun() =>
        new Sweep(_advisor).Run(_baseline, new SweepOptions(SweepMethod.LatinHypercube, 2_000) { Memoize = false }).Scenarios;
}
