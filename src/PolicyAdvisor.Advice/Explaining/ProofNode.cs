namespace PolicyAdvisor.Advice.Explaining;

/// <summary>A node of a proof tree: a conclusion, the rule that drew it, or a fact it rests on.</summary>
/// <param name="Kind">conclusion | rule | derived | fact.</param>
/// <param name="Label">What the node is, in one line (e.g. <c>rule plan-b-signing-now (rules/x.rules.yaml:12)</c>).</param>
/// <param name="Details">Further lines: rationale, confidence, claims, field values.</param>
/// <param name="Children">What this node rests on, in premise order.</param>
public sealed record ProofNode(string Kind, string Label, IReadOnlyList<string> Details, IReadOnlyList<ProofNode> Children);
