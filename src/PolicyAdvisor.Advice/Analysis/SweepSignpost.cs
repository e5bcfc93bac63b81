namespace PolicyAdvisor.Advice.Analysis;

/// <summary>A smallest set of changes to the situation as stated under which an option flips.</summary>
/// <param name="OptionId">The option.</param>
/// <param name="Lost">True when the option stops being advised, false when it becomes advised.</param>
/// <param name="Conditions">The changes, all together.</param>
/// <param name="Text">Phrased for a reader, e.g. "… stops being advised if referendum outcome becomes passed".</param>
public sealed record SweepSignpost(string OptionId, bool Lost, IReadOnlyList<SweepCondition> Conditions, string Text);

/// <summary>One field taking one value.</summary>
/// <param name="FactId">The fact.</param>
/// <param name="Field">The field.</param>
/// <param name="Value">The value, rendered invariantly.</param>
public sealed record SweepCondition(string FactId, string Field, string Value);
