using BenchmarkDotNet.Attributes;
using PolicyAdvisor.Benchmarks.Synthetic;
using NRules;

namespace PolicyAdvisor.Benchmarks.Suites;

/// <summary>
/// Updating one fact of a fired policy-sized session and firing again, against building a fresh session with
/// the same facts (the baseline). Each call flips one item between two values, so every update really changes
/// which rules match.
/// </summary>
[MemoryDiagnoser]
public class IncrementalUpdate
{
    private ISessionFactory _factory = null!;
    private List<object> _facts = [];
    private ISession _session = null!;
    private Item _original = null!;
    private bool _flipped;

    [GlobalSetup]
    public void Setup()
    {
        _factory = SyntheticWorkload.Compile(SyntheticShape.PolicySized);
        _facts = SyntheticWorkload.Facts(SyntheticShape.PolicySized).ToList();
        _original = (Item)_facts[0];
        _session = _factory.CreateSession();
        _session.InsertAll(_facts);
        _session.Fire();
    }

    [Benchmark(Baseline = true)]
    public int FreshSession()
    {
        _facts[0] = Next();
        var session = _factory.CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }

    [Benchmark]
    public int UpdateOneFact()
    {
        _session.Update(Next());
        return _session.Fire();
    }

    private Item Next()
    {
        _flipped = !_flipped;
        return _flipped ? _original with { Value = (_original.Value + 1) % SyntheticShape.PolicySized.Values } : _original;
    }
}
