namespace PolicyAdvisor.Rules;

/// <summary>A trade-off read back from working memory, with its sides from the rule.</summary>
/// <param name="FactId">Id of the Tradeoff fact.</param>
/// <param name="Tradeoff">Trade-off id.</param>
/// <param name="Sides">The two sides (option, view, sources) as the rule declares them.</param>
/// <param name="RuleId">The rule that recorded it.</param>
/// <param name="Because">The rendered rationale.</param>
public sealed record TradeoffConclusion(string FactId, string Tradeoff, IReadOnlyList<TradeoffSide> Sides, string RuleId, string Because);
