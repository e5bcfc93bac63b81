namespace PolicyAdvisor.Rules;

/// <summary>A risk read back from working memory.</summary>
/// <param name="FactId">Id of the Risk fact.</param>
/// <param name="Risk">Risk id.</param>
/// <param name="Severity">low | moderate | high.</param>
/// <param name="Against">Options the risk weighs against.</param>
/// <param name="RuleId">The rule that flagged it.</param>
/// <param name="Because">The rendered rationale.</param>
public sealed record RiskConclusion(string FactId, string Risk, string Severity, IReadOnlyList<string> Against, string RuleId, string Because);
