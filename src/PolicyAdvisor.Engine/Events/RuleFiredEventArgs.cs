namespace PolicyAdvisor.Engine;

/// <summary>A rule that fired, with the facts it matched and the facts its action inserted.</summary>
public sealed class RuleFiredEventArgs(IActivation activation, IReadOnlyList<object> inserted) : EventArgs
{
    /// <summary>The activation that fired.</summary>
    public IActivation Activation { get; } = activation;

    /// <summary>The rule that fired.</summary>
    public RuleDefinition Rule => Activation.Rule;

    /// <summary>Facts the action inserted (linked or not), in order.</summary>
    public IReadOnlyList<object> Inserted { get; } = inserted;
}
