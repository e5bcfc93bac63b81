namespace PolicyAdvisor.Advice.Reports;

/// <summary>
/// Everything a memo says about one situation: the decisions and the course recommended for each, the
/// conclusions the rules reached with the provenance a reviewer needs (rule, rule file and line, matched facts,
/// cited claims), and what would change them. Lists are in a stable order.
/// </summary>
/// <param name="Situation">The situation and its as-of date.</param>
/// <param name="BottomLine">What the bottom line leads with.</param>
/// <param name="Decisions">The decisions, in the order options.yaml declares them.</param>
/// <param name="Recommendations">Every option the rules recommend, decision by decision, in course order.</param>
/// <param name="Risks">Every risk, main risk first (likelihood times severity, then confidence, then stated order).</param>
/// <param name="Tradeoffs">Every trade-off the rules found, settled or shown.</param>
/// <param name="NotRecommended">Options no rule advises, with the premise that failed.</param>
/// <param name="Assumptions">The situation facts the advice rests on.</param>
/// <param name="Signposts">Changes that would change the advice, most advice flipped first.</param>
/// <param name="Stale">Facts and claims whose validity window closed before the as-of date.</param>
/// <param name="Sources">The bibliography with the claims cited.</param>
/// <param name="Fingerprint">The hash of the inputs.</param>
/// <param name="Robustness">The sweep's summary, or null.</param>
public sealed record AdviceReport(
    SituationSummary Situation,
    BottomLine BottomLine,
    IReadOnlyList<DecisionItem> Decisions,
    IReadOnlyList<RecommendationItem> Recommendations,
    IReadOnlyList<RiskItem> Risks,
    IReadOnlyList<TradeoffItem> Tradeoffs,
    IReadOnlyList<NotRecommendedItem> NotRecommended,
    IReadOnlyList<FactRef> Assumptions,
    IReadOnlyList<SignpostItem> Signposts,
    IReadOnlyList<StaleItem> Stale,
    IReadOnlyList<SourceItem> Sources,
    Fingerprint Fingerprint,
    RobustnessSummary? Robustness = null);
