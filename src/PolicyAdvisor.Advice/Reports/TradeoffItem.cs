namespace PolicyAdvisor.Advice.Reports;

/// <summary>A trade-off between options the sources weigh differently.</summary>
/// <param name="Id">Trade-off id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Sides">The two sides.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Settled">True when a decision settled it (one side is not in the recommended course); false when it is shown rather than settled.</param>
/// <param name="Decision">Id of the decision it belongs to (the first side's).</param>
public sealed record TradeoffItem(string Id, string Title, IReadOnlyList<TradeoffSide> Sides, RuleFiring Rule, bool Settled, string Decision);

/// <summary>One side of a trade-off.</summary>
/// <param name="OptionId">The option this side argues for.</param>
/// <param name="OptionTitle">Its title.</param>
/// <param name="View">The view, paraphrased.</param>
/// <param name="Sources">Claim ids.</param>
public sealed record TradeoffSide(string OptionId, string OptionTitle, string View, IReadOnlyList<string> Sources);
