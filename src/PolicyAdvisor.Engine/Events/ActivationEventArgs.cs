namespace PolicyAdvisor.Engine;

/// <summary>An activation that was created, deleted or is firing.</summary>
public sealed class ActivationEventArgs(IActivation activation) : EventArgs
{
    /// <summary>The activation.</summary>
    public IActivation Activation { get; } = activation;

    /// <summary>The activation's rule.</summary>
    public RuleDefinition Rule => Activation.Rule;
}
