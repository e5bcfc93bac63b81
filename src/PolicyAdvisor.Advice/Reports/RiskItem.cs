namespace PolicyAdvisor.Advice.Reports;

/// <summary>A risk a rule flagged.</summary>
/// <param name="Id">Risk id.</param>
/// <param name="Title">The flagging rule's title.</param>
/// <param name="Severity">low | moderate | high.</param>
/// <param name="Against">Option ids the risk weighs against.</param>
/// <param name="Rule">The rule that flagged it.</param>
public sealed record RiskItem(string Id, string Title, string Severity, IReadOnlyList<string> Against, RuleFiring Rule);
