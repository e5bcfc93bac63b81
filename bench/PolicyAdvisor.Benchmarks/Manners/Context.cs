namespace PolicyAdvisor.Benchmarks.Manners;

/// <summary>The single control fact; its <see cref="Phase"/> decides which rules may fire.</summary>
internal sealed record Context(Phase State);
