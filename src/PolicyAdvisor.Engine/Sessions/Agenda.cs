using System.Runtime.CompilerServices;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>
/// Pending activations in firing order: a binary heap under <see cref="ActivationComparer"/> with lazy removal
/// (a removed activation is only unflagged, and skipped when it surfaces). Array-backed, so a session's agenda
/// allocates almost nothing per activation.
/// </summary>
internal sealed class Agenda(ActivationComparer comparer) : IAgenda
{
    private Activation[] _heap = new Activation[16];
    private int _size;
    private int _count;

    /// <inheritdoc />
    public bool IsEmpty => _count == 0;

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public IActivation? Peek()
    {
        SkipRemoved();
        return _size == 0 ? null : _heap[0];
    }

    /// <summary>Queues an activation.</summary>
    public void Add(Activation activation)
    {
        if (_size == _heap.Length)
        {
            if (_size > 2 * _count + 16)
            {
                Compact();
            }
            else
            {
                Array.Resize(ref _heap, _heap.Length * 2);
            }
        }

        activation.IsQueued = true;
        _count++;
        var i = _size++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Before(activation, _heap[parent]))
            {
                break;
            }

            _heap[i] = _heap[parent];
            i = parent;
        }

        _heap[i] = activation;
    }

    /// <summary>Removes a pending activation; false when it was not pending.</summary>
    public bool Remove(Activation activation)
    {
        if (!activation.IsQueued)
        {
            return false;
        }

        activation.IsQueued = false;
        _count--;
        return true;
    }

    /// <summary>Takes the next activation to fire.</summary>
    public bool TryPop(out Activation activation)
    {
        SkipRemoved();
        if (_size == 0)
        {
            activation = null!;
            return false;
        }

        activation = _heap[0];
        activation.IsQueued = false;
        _count--;
        RemoveTop();
        return true;
    }

    // Priority and rule order (the rank) settle most comparisons here; only two activations of one rule need the
    // full comparer. The comparer call was the top self-time method of a small session.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Before(Activation x, Activation y) => x.Rank != y.Rank ? x.Rank < y.Rank : comparer.Compare(x, y) < 0;

    private void SkipRemoved()
    {
        while (_size > 0 && !_heap[0].IsQueued)
        {
            RemoveTop();
        }
    }

    private void RemoveTop()
    {
        var last = _heap[--_size];
        _heap[_size] = null!;
        if (_size == 0)
        {
            return;
        }

        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _size)
            {
                break;
            }

            if (child + 1 < _size && Before(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            if (!Before(_heap[child], last))
            {
                break;
            }

            _heap[i] = _heap[child];
            i = child;
        }

        _heap[i] = last;
    }

    private void Compact()
    {
        // Drop removed entries and rebuild the heap bottom-up; removed entries never re-enter.
        var kept = _heap.Where(a => a is not null && a.IsQueued).ToArray();
        _heap = new Activation[Math.Max(16, kept.Length * 2)];
        _size = 0;
        _count = 0;
        foreach (var activation in kept)
        {
            Add(activation);
        }
    }
}
