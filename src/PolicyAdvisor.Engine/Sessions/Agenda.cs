namespace PolicyAdvisor.Engine.Sessions;

/// <summary>Pending activations in firing order (an ordered set: O(log n) add, remove and pop).</summary>
internal sealed class Agenda : IAgenda
{
    private readonly SortedSet<Activation> _pending = new(ActivationComparer.Instance);

    /// <inheritdoc />
    public bool IsEmpty => _pending.Count == 0;

    /// <inheritdoc />
    public int Count => _pending.Count;

    /// <inheritdoc />
    public IActivation? Peek() => _pending.Count == 0 ? null : _pending.Min;

    /// <summary>Queues an activation.</summary>
    public void Add(Activation activation) => _pending.Add(activation);

    /// <summary>Removes a pending activation; false when it was not pending.</summary>
    public bool Remove(Activation activation) => _pending.Remove(activation);

    /// <summary>Takes the next activation to fire.</summary>
    public bool TryPop(out Activation activation)
    {
        if (_pending.Count == 0)
        {
            activation = null!;
            return false;
        }

        activation = _pending.Min!;
        _pending.Remove(activation);
        return true;
    }
}
