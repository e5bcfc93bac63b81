namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>The number of seats to fill.</summary>
internal sealed record LastSeat(int Seat);
