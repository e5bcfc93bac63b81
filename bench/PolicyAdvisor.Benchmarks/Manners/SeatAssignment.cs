namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>A line of the final result: <see cref="Name"/> sits in <see cref="Seat"/>.</summary>
internal sealed record SeatAssignment(int Seat, string Name);
