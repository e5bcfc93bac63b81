namespace PolicyAdvisor.Rules;

/// <summary>A pro or con of an option, with the claims it rests on.</summary>
/// <param name="Text">The point, in the project's words.</param>
/// <param name="Sources">Claim ids.</param>
public sealed record OptionPoint(string Text, IReadOnlyList<string> Sources);
