namespace PolicyAdvisor.Rules;

/// <summary>A recommendation read back from working memory.</summary>
/// <param name="FactId">Id of the Recommendation fact.</param>
/// <param name="Option">Option id.</param>
/// <param name="Strength">strong | moderate | weak.</param>
/// <param name="RuleId">The rule that advised it.</param>
/// <param name="Because">The rendered rationale.</param>
public sealed record RecommendationConclusion(string FactId, string Option, string Strength, string RuleId, string Because);
