namespace PolicyAdvisor.Advice.Analysis;

/// <summary>How far a sweep has got.</summary>
/// <param name="Done">Scenarios evaluated so far.</param>
/// <param name="Total">Scenarios in the sweep.</param>
public readonly record struct SweepProgress(long Done, long Total);
