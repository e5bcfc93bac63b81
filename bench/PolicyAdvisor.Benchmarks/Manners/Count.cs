namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>The next seating id; a single fact updated by every new seating.</summary>
internal sealed record Count(int Value);
