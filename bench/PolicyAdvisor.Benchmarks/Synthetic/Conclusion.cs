namespace PolicyAdvisor.Benchmarks.Synthetic;

/// <summary>What a synthetic rule derives (inserted linked, like the advisor's recommendations).</summary>
internal sealed record Conclusion(int Rule, int ItemId);
