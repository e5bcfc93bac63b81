namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>The control state that switches between groups of rules.</summary>
internal enum Phase
{
    Start,
    AssignSeats,
    MakePath,
    CheckDone,
    PrintResults,
}
