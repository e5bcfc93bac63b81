namespace PolicyAdvisor.Engine.Rete;

/// <summary>A name visible to a condition: the candidate fact or an earlier element's slot.</summary>
/// <param name="Name">Binding name.</param>
/// <param name="Type">Type of the bound value.</param>
/// <param name="Slot">Element index holding it (ignored for the candidate).</param>
/// <param name="IsCandidate">Whether the name denotes the fact under test.</param>
internal sealed record Binding(string Name, Type Type, int Slot, bool IsCandidate);
