using PolicyAdvisor.Engine.Rete;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>What one firing activation's action sees; fact operations are attributed to the activation.</summary>
internal sealed class ActionContext(Session session, Activation activation) : IContext
{
    private List<object>? _inserted;

    /// <inheritdoc />
    public RuleDefinition Rule => activation.Rule;

    /// <inheritdoc />
    public IMatch Match => activation.Match;

    /// <summary>Facts the action inserted, when RuleFired has a subscriber to receive them.</summary>
    public IReadOnlyList<object>? Inserted => _inserted;

    /// <inheritdoc />
    public void Insert(object fact) => InsertCore(fact);

    /// <inheritdoc />
    public void InsertLinked(object fact)
    {
        var handle = InsertCore(fact);
        handle.Source = activation;
        (activation.Linked ??= []).Add(handle);
        if (activation.IsDeleted)
        {
            // The action retracted its own support: what it links now has nothing to hold on to.
            session.ScheduleRetract(handle);
            session.DrainRetracts();
        }
    }

    /// <inheritdoc />
    public void Update(object fact)
    {
        session.UpdateCore(session.Present(fact), fact, activation);
        session.DrainRetracts();
    }

    /// <inheritdoc />
    public void Retract(object fact)
    {
        session.RetractCore(session.Present(fact), activation);
        session.DrainRetracts();
    }

    /// <inheritdoc />
    public void Halt() => session.Halt();

    private FactHandle InsertCore(object fact)
    {
        session.EnsureAbsent(fact);
        var handle = session.InsertCore(fact, activation);
        if (session.TracksInserted)
        {
            (_inserted ??= []).Add(fact);
        }

        session.DrainRetracts();
        return handle;
    }
}
