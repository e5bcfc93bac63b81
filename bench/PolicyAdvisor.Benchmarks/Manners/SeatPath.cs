namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>Guest <see cref="Name"/> sits in <see cref="Seat"/> in the partial seating <see cref="Id"/>.</summary>
internal sealed record SeatPath(int Id, string Name, int Seat);
