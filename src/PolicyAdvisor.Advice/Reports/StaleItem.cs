namespace PolicyAdvisor.Advice.Reports;

/// <summary>
/// A fact or claim whose validity window closed before the as-of date. The memo flags it and everything resting on
/// it; it does not drop the advice (docs/memo.md says why).
/// </summary>
/// <param name="Kind">fact | claim.</param>
/// <param name="Id">Fact id or claim id.</param>
/// <param name="Until">The last day it held (yyyy-MM-dd).</param>
/// <param name="Text">What it says: the fact's values, or the claim's paraphrase.</param>
/// <param name="Affects">Ids of the options and risks that rest on it.</param>
public sealed record StaleItem(string Kind, string Id, string Until, string Text, IReadOnlyList<string> Affects);
