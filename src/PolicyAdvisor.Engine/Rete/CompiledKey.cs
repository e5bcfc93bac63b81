namespace PolicyAdvisor.Engine.Rete;

/// <summary>One side of an indexed equality join, compiled like a condition but returning the boxed value.</summary>
/// <param name="Evaluate">Reads the key from (bindings by element index, candidate).</param>
/// <param name="Text">The expression's text, for error messages.</param>
/// <param name="RuleId">The rule that declared it.</param>
/// <param name="Slots">Element indexes the expression reads.</param>
internal sealed record CompiledKey(Func<object?[]?, object?, object?> Evaluate, string Text, string RuleId, IReadOnlyList<int> Slots);
