namespace PolicyAdvisor.Advice.Reports;

/// <summary>A risk a rule flagged.</summary>
/// <param name="Id">Risk id.</param>
/// <param name="Title">The flagging rule's title.</param>
/// <param name="Likelihood">How likely it is, on the estimative scale.</param>
/// <param name="Severity">low | moderate | high.</param>
/// <param name="Confidence">low | moderate | high: the weakest confidence among the situation facts beneath it.</param>
/// <param name="Against">Option ids the risk weighs against.</param>
/// <param name="Rule">The rule that flagged it.</param>
/// <param name="Stale">Ids of expired facts and claims it rests on (see <see cref="StaleItem"/>).</param>
public sealed record RiskItem(
    string Id,
    string Title,
    LikelihoodEstimate Likelihood,
    string Severity,
    string Confidence,
    IReadOnlyList<string> Against,
    RuleFiring Rule,
    IReadOnlyList<string> Stale);
