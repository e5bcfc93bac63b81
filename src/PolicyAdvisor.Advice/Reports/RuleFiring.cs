namespace PolicyAdvisor.Advice.Reports;

/// <summary>One rule that fired, on which facts, with its rendered rationale and cited claims.</summary>
/// <param name="RuleId">Rule id.</param>
/// <param name="Title">Rule title.</param>
/// <param name="Kind">assessment | option | risk | tradeoff.</param>
/// <param name="File">Rule file path relative to the rules folder's parent (e.g. rules/signing.rules.yaml).</param>
/// <param name="Line">1-based line of the rule's id in that file.</param>
/// <param name="Rationale">The rule's <c>because</c> text with bindings substituted.</param>
/// <param name="Facts">Matched facts in pattern order (situation facts and derived facts).</param>
/// <param name="Sources">Claim ids the rule cites.</param>
public sealed record RuleFiring(
    string RuleId,
    string Title,
    string Kind,
    string File,
    int Line,
    string Rationale,
    IReadOnlyList<FactRef> Facts,
    IReadOnlyList<string> Sources);
