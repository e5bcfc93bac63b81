namespace PolicyAdvisor.Engine.Rete;

/// <summary>A condition compiled to a typed delegate over (bindings by element index, candidate).</summary>
/// <param name="Function">The test, interpreted then compiled; alpha conditions ignore the bindings array.</param>
/// <param name="Text">The condition's text, for error messages.</param>
/// <param name="RuleId">The rule that declared it (the first one, for a shared alpha condition).</param>
/// <param name="Slots">Element indexes the condition reads, to name the facts involved when it throws.</param>
internal sealed record CompiledCondition(TieredFunc<bool> Function, string Text, string RuleId, IReadOnlyList<int> Slots)
{
    /// <summary>Runs the test. A direct call, not a delegate to <see cref="TieredFunc{TResult}.Invoke"/>: conditions are the session's most frequent call.</summary>
    public bool Evaluate(object?[]? values, object? candidate) => Function.Invoke(values, candidate);
}
