namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>From seating <see cref="Id"/>, guest <see cref="Name"/> was already tried through <see cref="Hobby"/>.</summary>
internal sealed record Chosen(int Id, string Name, int Hobby);
