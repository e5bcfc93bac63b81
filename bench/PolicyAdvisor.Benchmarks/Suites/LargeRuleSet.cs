using BenchmarkDotNet.Attributes;
using PolicyAdvisor.Benchmarks.Synthetic;
using PolicyAdvisor.Engine;

namespace PolicyAdvisor.Benchmarks.Suites;

/// <summary>Target: 1,000 rules over 10,000 facts, insert and fire, under 1 s and 500 MB.</summary>
/// <remarks>Compilation is timed on its own so the insert+fire figure is the per-run cost.</remarks>
[MemoryDiagnoser]
public class LargeRuleSet
{
    private IReadOnlyList<RuleDefinition> _rules = [];
    private ISessionFactory _factory = null!;
    private IReadOnlyList<object> _facts = [];

    [GlobalSetup]
    public void Setup()
    {
        _rules = SyntheticWorkload.Rules(SyntheticShape.Large);
        _factory = RuleCompiler.Compile(_rules, SyntheticWorkload.Options());
        _facts = SyntheticWorkload.Facts(SyntheticShape.Large);
    }

    [Benchmark]
    public ISessionFactory Compile() => RuleCompiler.Compile(_rules, SyntheticWorkload.Options());

    [Benchmark]
    public int InsertFire()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }
}
