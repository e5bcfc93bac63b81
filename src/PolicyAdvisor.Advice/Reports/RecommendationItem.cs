namespace PolicyAdvisor.Advice.Reports;

/// <summary>An option the rules recommend.</summary>
/// <param name="Option">The option from the catalog.</param>
/// <param name="Strength">strong | moderate | weak: the strongest among the rules that recommend it.</param>
/// <param name="Confidence">
/// low | moderate | high: for each rule recommending it, the weakest confidence among the situation facts beneath
/// it; the option takes its best-supported rule's value (an option is as credible as its strongest argument).
/// </param>
/// <param name="Rules">Every rule that recommended it, strongest first, then by rule order.</param>
/// <param name="Assessments">Derived facts in its support chain (assessments behind it).</param>
/// <param name="Risks">Risks flagged against this option.</param>
/// <param name="Sources">Claim ids cited by its rules and its supporting facts, deduplicated, sorted.</param>
public sealed record RecommendationItem(
    OptionInfo Option,
    string Strength,
    string Confidence,
    IReadOnlyList<RuleFiring> Rules,
    IReadOnlyList<RuleFiring> Assessments,
    IReadOnlyList<RiskItem> Risks,
    IReadOnlyList<string> Sources);
