namespace PolicyAdvisor.Benchmarks.Synthetic;

/// <summary>A synthetic per-group fact used by negated and existential patterns.</summary>
internal sealed record Flag(int Id, int Group, bool Raised);
