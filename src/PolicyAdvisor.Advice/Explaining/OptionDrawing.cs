using PolicyAdvisor.Advice.Reports;

namespace PolicyAdvisor.Advice.Explaining;

/// <summary>One rule that recommended an option in a run, and what it rested on.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="File">Its file, as shown to the reader.</param>
/// <param name="Line">Its line.</param>
/// <param name="Strength">The strength it gave the recommendation.</param>
/// <param name="Facts">The facts its premises matched, in premise order (collections flattened); empty for an untraced run.</param>
public sealed record OptionDrawing(string RuleId, string File, int Line, string Strength, IReadOnlyList<FactRef> Facts);
