using PolicyAdvisor.Engine.Rete;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>The activation as its action's context: fact operations are attributed to it.</summary>
internal sealed partial class Activation : IContext
{
    // Most actions link one fact: it needs no list.
    private FactHandle? _firstLinked;
    private List<FactHandle>? _moreLinked;
    private List<object>? _inserted;

    /// <summary>Queues the facts the action linked for retraction, in the order they were inserted.</summary>
    public void ScheduleLinkedRetracts()
    {
        if (_firstLinked is null)
        {
            return;
        }

        _session.ScheduleRetract(_firstLinked);
        if (_moreLinked is not null)
        {
            foreach (var handle in _moreLinked)
            {
                _session.ScheduleRetract(handle);
            }
        }
    }

    /// <summary>Facts the action inserted during its firing, when RuleFired has a subscriber to receive them; then forgotten.</summary>
    public IReadOnlyList<object>? TakeInserted()
    {
        var inserted = _inserted;
        _inserted = null;
        return inserted;
    }

    /// <inheritdoc />
    public void Insert(object fact) => InsertCore(fact);

    /// <inheritdoc />
    public void InsertLinked(object fact)
    {
        var handle = InsertCore(fact);
        handle.Source = this;
        if (_firstLinked is null)
        {
            _firstLinked = handle;
        }
        else
        {
            (_moreLinked ??= []).Add(handle);
        }

        if (IsDeleted)
        {
            // The action retracted its own support: what it links now has nothing to hold on to.
            _session.ScheduleRetract(handle);
            _session.DrainRetracts();
        }
    }

    /// <inheritdoc />
    public void Update(object fact)
    {
        _session.UpdateCore(_session.Present(fact), fact, this);
        _session.DrainRetracts();
    }

    /// <inheritdoc />
    public void Retract(object fact)
    {
        _session.RetractCore(_session.Present(fact), this);
        _session.DrainRetracts();
    }

    /// <inheritdoc />
    public void Halt() => _session.Halt();

    private FactHandle InsertCore(object fact)
    {
        _session.EnsureAbsent(fact);
        var handle = _session.InsertCore(fact, this);
        if (_session.TracksInserted)
        {
            (_inserted ??= []).Add(fact);
        }

        _session.DrainRetracts();
        return handle;
    }
}
