namespace PolicyAdvisor.Engine;

/// <summary>
/// A single-threaded working memory plus agenda over a compiled rule network. Facts are matched
/// incrementally as they are inserted, updated or retracted; rules fire only in <see cref="Fire()"/>.
/// </summary>
/// <remarks>
/// A fact's identity is decided by <see cref="EngineOptions.IdentifyBy"/> for its type (for instance a record's
/// id), otherwise by reference. <see cref="Update"/> therefore accepts a changed copy (a record's <c>with</c>
/// expression) of a fact registered by key. Never mutate an inserted fact in place.
/// </remarks>
public interface ISession
{
    /// <summary>The agenda of pending activations.</summary>
    IAgenda Agenda { get; }

    /// <summary>Engine events for auditing and explanation.</summary>
    ISessionEvents Events { get; }

    /// <summary>Inserts a new fact. Throws <see cref="FactException"/> if a fact with the same identity exists.</summary>
    void Insert(object fact);

    /// <summary>Inserts facts in order. Throws before changing anything if any is already present.</summary>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts a fact unless one with the same identity exists. Returns whether it was inserted.</summary>
    bool TryInsert(object fact);

    /// <summary>Replaces the fact with the same identity by <paramref name="fact"/> and re-matches it. Throws if absent.</summary>
    void Update(object fact);

    /// <summary>Updates facts in order. Throws before changing anything if any is absent.</summary>
    void UpdateAll(IEnumerable<object> facts);

    /// <summary>Updates a fact if present. Returns whether it was updated.</summary>
    bool TryUpdate(object fact);

    /// <summary>Removes the fact with the same identity, with every fact linked to activations it supported. Throws if absent.</summary>
    void Retract(object fact);

    /// <summary>Retracts facts in order. Throws before changing anything if any is absent.</summary>
    void RetractAll(IEnumerable<object> facts);

    /// <summary>Retracts a fact if present. Returns whether it was retracted.</summary>
    bool TryRetract(object fact);

    /// <summary>Fires activations until the agenda is empty or an action halts. Returns the number of rules fired.</summary>
    int Fire();

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> activations. Returns the number fired.</summary>
    int Fire(int maxRulesNumber);

    /// <summary>Fires until the agenda is empty, an action halts, or <paramref name="cancellationToken"/> is cancelled between firings.</summary>
    int Fire(CancellationToken cancellationToken);

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> activations, checking <paramref name="cancellationToken"/> between firings.</summary>
    int Fire(int maxRulesNumber, CancellationToken cancellationToken);

    /// <summary>The facts of type <typeparamref name="T"/> (or a subtype) in working memory, in arrival order.</summary>
    IEnumerable<T> Query<T>();

    /// <summary>The facts assignable to <paramref name="factType"/> in working memory, in arrival order.</summary>
    IEnumerable<object> Query(Type factType);
}
