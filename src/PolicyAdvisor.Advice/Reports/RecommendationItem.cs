namespace PolicyAdvisor.Advice.Reports;

/// <summary>An option the rules recommend, and the part it plays in its decision.</summary>
/// <param name="Option">The option from the catalog.</param>
/// <param name="Decision">Id of the decision the option answers.</param>
/// <param name="Role">
/// lead (the alternative the memo recommends) | later (an alternative that follows the lead as a later step) |
/// alongside (a complementary action) | either (one of alternatives the sources disagree on: shown rather than
/// settled) | not-chosen (an alternative the rules advise that the decision settles against).
/// </param>
/// <param name="Strength">strong | moderate | weak: the strongest among the rules that recommend it.</param>
/// <param name="Likelihood">How likely the facts that draw it are to hold, on the estimative scale.</param>
/// <param name="Confidence">
/// low | moderate | high: for each rule recommending it, the weakest confidence among the situation facts beneath
/// it; the option takes its best-supported rule's value (an option is as credible as its strongest argument).
/// </param>
/// <param name="KeyClaims">At most three claim ids: those the recommending rules cite, strongest rule first.</param>
/// <param name="Reasons">The recommending rules' rationales, strongest first, identical ones merged.</param>
/// <param name="Rules">Every rule that recommended it, strongest first, then by rule order.</param>
/// <param name="Assessments">Derived facts in its support chain (assessments behind it).</param>
/// <param name="Risks">Risks flagged against this option.</param>
/// <param name="Sources">Every claim id in its chain: its rules, assessments and facts, deduplicated, in digest order.</param>
/// <param name="Stale">Ids of expired facts and claims it rests on (see <see cref="StaleItem"/>).</param>
public sealed record RecommendationItem(
    OptionInfo Option,
    string Decision,
    string Role,
    string Strength,
    LikelihoodEstimate Likelihood,
    string Confidence,
    IReadOnlyList<string> KeyClaims,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<RuleFiring> Rules,
    IReadOnlyList<RuleFiring> Assessments,
    IReadOnlyList<RiskItem> Risks,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Stale);
