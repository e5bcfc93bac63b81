namespace PolicyAdvisor.Engine;

/// <summary>A condition or action that threw.</summary>
public sealed class RuleErrorEventArgs(RuleExecutionException exception) : EventArgs
{
    /// <summary>The engine exception wrapping the failure, naming the rule and the facts.</summary>
    public RuleExecutionException Exception { get; } = exception;
}
