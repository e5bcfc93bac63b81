namespace PolicyAdvisor.Engine.Rete;

/// <summary>A condition compiled to a typed delegate over (bindings by element index, candidate).</summary>
/// <param name="Evaluate">The compiled test; alpha conditions ignore the bindings array.</param>
/// <param name="Text">The condition's text, for error messages.</param>
/// <param name="RuleId">The rule that declared it (the first one, for a shared alpha condition).</param>
/// <param name="Slots">Element indexes the condition reads, to name the facts involved when it throws.</param>
internal sealed record CompiledCondition(Func<object?[]?, object?, bool> Evaluate, string Text, string RuleId, IReadOnlyList<int> Slots);
