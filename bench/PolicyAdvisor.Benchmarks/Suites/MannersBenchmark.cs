using BenchmarkDotNet.Attributes;
using PolicyAdvisor.Benchmarks.Manners;
using NRules;

namespace PolicyAdvisor.Benchmarks.Suites;

/// <summary>Miss Manners in process: new session, insert the guests, fire to the end (compilation excluded).</summary>
[MemoryDiagnoser]
public class MannersBenchmark
{
    private ISessionFactory _factory = null!;
    private GuestList _guests = null!;

    [Params(16, 32, 64, 128)]
    public int Guests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _factory = MannersRules.Compile();
        _guests = GuestGenerator.Generate(Guests);
    }

    [Benchmark]
    public int Solve()
    {
        var result = MannersCommands.Solve(_factory, _guests);
        return result.Seats.Count == Guests ? result.Fired : throw new InvalidOperationException($"No full seating. Guests={Guests} Seated={result.Seats.Count}");
    }
}
