namespace PolicyAdvisor.Benchmarks.Synthetic;

/// <summary>A synthetic fact joined to an <see cref="Item"/> by id or by group.</summary>
internal sealed record Tag(int Id, int ItemId, int Group, int Weight);
