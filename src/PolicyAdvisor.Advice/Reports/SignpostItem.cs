namespace PolicyAdvisor.Advice.Reports;

/// <summary>A fact whose change would change the advice.</summary>
/// <param name="Text">Phrased for a reader, e.g. "Plan B stops being advised if the referendum passes".</param>
/// <param name="OptionId">The option that flips.</param>
/// <param name="FactId">The fact to watch.</param>
/// <param name="Field">The field to watch.</param>
/// <param name="Value">The value under which the option flips.</param>
public sealed record SignpostItem(string Text, string OptionId, string FactId, string Field, string Value);
