namespace PolicyAdvisor.Benchmarks.Synthetic;

/// <summary>
/// Size and selectivity of a synthetic workload. <see cref="Values"/> sets how many items each rule's first
/// test selects (facts × 60% / values); <see cref="Groups"/> sets the fan-out of group joins.
/// </summary>
internal sealed record SyntheticShape(int Rules, int Facts, int Values, int Groups)
{
    /// <summary>About the size of the advisor's own rule base and a situation: 100 rules, 50 facts.</summary>
    public static SyntheticShape PolicySized { get; } = new(100, 50, 20, 5);

    /// <summary>The stress size: 1,000 rules, 10,000 facts.</summary>
    public static SyntheticShape Large { get; } = new(1_000, 10_000, 1_000, 100);

    public int Items => Facts * 6 / 10;

    public int Tags => Facts * 3 / 10;

    public int Flags => Facts - Items - Tags;
}
