namespace PolicyAdvisor.Advice.Reports;

/// <summary>A trade-off between conclusions the sources disagree on, shown rather than settled.</summary>
public sealed record TradeoffItem(string Id, string Title, IReadOnlyList<TradeoffSide> Sides, RuleFiring Rule);

/// <summary>One side of a trade-off.</summary>
/// <param name="OptionId">The option this side argues for.</param>
/// <param name="OptionTitle">Its title.</param>
/// <param name="View">The view, paraphrased.</param>
/// <param name="Sources">Claim ids.</param>
public sealed record TradeoffSide(string OptionId, string OptionTitle, string View, IReadOnlyList<string> Sources);
