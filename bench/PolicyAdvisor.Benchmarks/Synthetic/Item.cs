namespace PolicyAdvisor.Benchmarks.Synthetic;

/// <summary>The most numerous synthetic fact: every rule starts from a selective test on <see cref="Value"/>.</summary>
internal sealed record Item(int Id, int Group, int Value);
