namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>
/// One step of the search: <see cref="Name2"/> takes seat <see cref="Seat2"/> next to <see cref="Name1"/>.
/// <see cref="Pid"/> is the seating it extends; its path (all guests seated so far) is copied from the parent.
/// <see cref="Dead"/> marks a step whose every extension failed, so the search backs up to an older step.
/// </summary>
internal sealed record Seating(int Id, int Pid, int Seat1, string Name1, string Name2, int Seat2, bool PathDone, bool Dead);
