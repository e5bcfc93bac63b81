using BenchmarkDotNet.Attributes;
using PolicyAdvisor.Benchmarks.Synthetic;
using NRules;

namespace PolicyAdvisor.Benchmarks.Suites;

/// <summary>Target: create a session, insert 50 facts and fire 100 rules in under 50 microseconds.</summary>
/// <remarks>BenchmarkDotNet needs public, unsealed benchmark classes.</remarks>
[MemoryDiagnoser]
public class PolicySizedSession
{
    private ISessionFactory _factory = null!;
    private IReadOnlyList<object> _facts = [];

    [GlobalSetup]
    public void Setup()
    {
        _factory = SyntheticWorkload.Compile(SyntheticShape.PolicySized);
        _facts = SyntheticWorkload.Facts(SyntheticShape.PolicySized);
    }

    [Benchmark]
    public int CreateInsertFire()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }
}
