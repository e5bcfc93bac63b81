namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>The outcome of one Manners solve: wall and CPU time for session + insert + fire, rules fired, seats in order.</summary>
internal readonly record struct MannersResult(TimeSpan Elapsed, double CpuMs, int Fired, IReadOnlyList<SeatAssignment> Seats);
