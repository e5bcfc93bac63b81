namespace PolicyAdvisor.Advice.Reports;

/// <summary>
/// Everything a memo says about one situation: the conclusions the rules reached, with the provenance a
/// reviewer needs (rule, rule file and line, matched facts, cited claims). Lists are in a stable order.
/// </summary>
public sealed record AdviceReport(
    SituationSummary Situation,
    IReadOnlyList<RecommendationItem> Recommendations,
    IReadOnlyList<RiskItem> Risks,
    IReadOnlyList<TradeoffItem> Tradeoffs,
    IReadOnlyList<NotRecommendedItem> NotRecommended,
    IReadOnlyList<FactRef> Assumptions,
    IReadOnlyList<SignpostItem> Signposts,
    IReadOnlyList<CitationItem> Citations,
    Fingerprint Fingerprint,
    RobustnessSummary? Robustness = null);
