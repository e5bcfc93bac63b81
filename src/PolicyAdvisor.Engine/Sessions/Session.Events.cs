namespace PolicyAdvisor.Engine.Sessions;

/// <summary>Event plumbing. Arguments are built only when someone subscribed: sweeps create many silent sessions.</summary>
internal sealed partial class Session : ISessionEvents
{
    /// <inheritdoc />
    public event EventHandler<FactEventArgs>? FactInserted;

    /// <inheritdoc />
    public event EventHandler<FactEventArgs>? FactUpdated;

    /// <inheritdoc />
    public event EventHandler<FactEventArgs>? FactRetracted;

    /// <inheritdoc />
    public event EventHandler<ActivationEventArgs>? ActivationCreated;

    /// <inheritdoc />
    public event EventHandler<ActivationEventArgs>? ActivationDeleted;

    /// <inheritdoc />
    public event EventHandler<ActivationEventArgs>? RuleFiring;

    /// <inheritdoc />
    public event EventHandler<RuleFiredEventArgs>? RuleFired;

    /// <inheritdoc />
    public event EventHandler<RuleErrorEventArgs>? Error;

    /// <summary>Whether RuleFired has a subscriber (so actions need to record what they insert).</summary>
    internal bool TracksInserted => RuleFired is not null;

    private void OnFactInserted(object fact, Activation? source) => FactInserted?.Invoke(this, new FactEventArgs(fact, source));

    private void OnFactUpdated(object fact, Activation? source) => FactUpdated?.Invoke(this, new FactEventArgs(fact, source));

    private void OnFactRetracted(object fact, Activation? source) => FactRetracted?.Invoke(this, new FactEventArgs(fact, source));

    private void OnActivationCreated(Activation activation) => ActivationCreated?.Invoke(this, new ActivationEventArgs(activation));

    private void OnActivationDeleted(Activation activation) => ActivationDeleted?.Invoke(this, new ActivationEventArgs(activation));

    private void OnRuleFiring(Activation activation) => RuleFiring?.Invoke(this, new ActivationEventArgs(activation));

    private void OnRuleFired(Activation activation, IReadOnlyList<object>? inserted) =>
        RuleFired?.Invoke(this, new RuleFiredEventArgs(activation, inserted ?? []));

    /// <summary>Reports a failure to Error subscribers and returns it for the caller to throw.</summary>
    private RuleExecutionException Failed(RuleExecutionException exception)
    {
        Error?.Invoke(this, new RuleErrorEventArgs(exception));
        return exception;
    }
}
