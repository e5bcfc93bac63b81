namespace PolicyAdvisor.Advice.Analysis;

/// <summary>What changing one field of one fact does to the recommended options.</summary>
/// <param name="FactId">The fact changed.</param>
/// <param name="Field">The field changed.</param>
/// <param name="Value">The new value, rendered invariantly.</param>
/// <param name="Lost">Options advised before and not after, sorted.</param>
/// <param name="Gained">Options advised after and not before, sorted.</param>
public sealed record Flip(string FactId, string Field, string Value, IReadOnlyList<string> Lost, IReadOnlyList<string> Gained);
