namespace PolicyAdvisor.Engine;

/// <summary>Options fixed when a rule set is compiled.</summary>
public sealed class EngineOptions
{
    private readonly Dictionary<Type, Func<object, object>> _identity = new();

    /// <summary>Most activations one <see cref="ISession.Fire()"/> may fire before <see cref="RuleLoopException"/>. Default 10,000.</summary>
    public int MaxActivationsPerFire { get; init; } = 10_000;

    /// <summary>
    /// Breaks ties between activations of one rule (same priority) by the most recently arrived facts first,
    /// like CLIPS' depth strategy that OPS5 benchmarks such as Miss Manners assume. Default false: oldest facts first.
    /// </summary>
    public bool NewestFactsFirst { get; init; }

    /// <summary>
    /// Facts plus tokens at an equality join below which the session scans instead of building a hash index
    /// (internal: tests lower it to exercise the index on small inputs).
    /// </summary>
    internal int JoinIndexThreshold { get; init; } = 64;

    /// <summary>Identity keys registered by exact fact type.</summary>
    public IReadOnlyDictionary<Type, Func<object, object>> IdentityKeys => _identity;

    /// <summary>
    /// Facts of <paramref name="factType"/> are the same fact when <paramref name="key"/> returns equal values,
    /// so an updated copy can replace the original. Unregistered types use reference identity.
    /// </summary>
    public EngineOptions IdentifyBy(Type factType, Func<object, object> key)
    {
        ArgumentNullException.ThrowIfNull(factType);
        ArgumentNullException.ThrowIfNull(key);
        _identity[factType] = key;
        return this;
    }

    /// <summary>A copy frozen at compile time, so later registrations cannot change a compiled factory.</summary>
    internal EngineOptions Snapshot()
    {
        var copy = new EngineOptions
        {
            MaxActivationsPerFire = MaxActivationsPerFire,
            JoinIndexThreshold = JoinIndexThreshold,
            NewestFactsFirst = NewestFactsFirst,
        };
        foreach (var (type, key) in _identity)
        {
            copy._identity[type] = key;
        }

        return copy;
    }

    /// <summary>Typed form of <see cref="IdentifyBy(Type, Func{object, object})"/>.</summary>
    public EngineOptions IdentifyBy<T>(Func<T, object> key) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        return IdentifyBy(typeof(T), o => key((T)o));
    }
}
