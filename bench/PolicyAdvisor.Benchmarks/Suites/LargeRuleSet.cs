using BenchmarkDotNet.Attributes;
using PolicyAdvisor.Benchmarks.Synthetic;
using NRules;
using NRules.RuleModel;

namespace PolicyAdvisor.Benchmarks.Suites;

/// <summary>1,000 rules over 10,000 facts: compiling the rules, and inserting the facts and firing.</summary>
/// <remarks>Compilation is timed on its own so the insert+fire figure is the per-run cost.</remarks>
[MemoryDiagnoser]
public class LargeRuleSet
{
    private IReadOnlyList<IRuleDefinition> _rules = [];
    private ISessionFactory _factory = null!;
    private IReadOnlyList<object> _facts = [];

    [GlobalSetup]
    public void Setup()
    {
        _rules = SyntheticWorkload.Rules(SyntheticShape.Large);
        _factory = SyntheticWorkload.Compiler().Compile(_rules);
        _facts = SyntheticWorkload.Facts(SyntheticShape.Large);
    }

    [Benchmark]
    public ISessionFactory Compile() => SyntheticWorkload.Compiler().Compile(_rules);

    [Benchmark]
    public int InsertFire()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }
}
