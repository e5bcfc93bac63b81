namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// One session's hash index of one alpha memory by one fact-side join key, shared by every indexed join that
/// reads the same memory with the same key (250 rules joining tags by item id used to keep 250 copies, one
/// bucket per fact each). It always holds exactly the memory's facts, so joins see what a scan would see.
/// Buckets keep arrival order and are only looked up, never enumerated as a whole.
/// </summary>
internal sealed class RightIndex(CompiledKey key)
{
    /// <summary>Stands for a null key, which dictionaries reject but which must still meet other null keys.</summary>
    public static readonly object NullKey = new();

    private readonly Dictionary<object, List<FactHandle>> _buckets = [];
    private FactHandle? _lastHandle;
    private object? _lastKey;

    /// <summary>The fact side of the join equality.</summary>
    public CompiledKey Key { get; } = key;

    /// <summary>Facts with key <paramref name="factKey"/> (already mapped through <see cref="NullKey"/>), or null.</summary>
    public List<FactHandle>? Facts(object factKey) => _buckets.GetValueOrDefault(factKey);

    /// <summary>
    /// The key <paramref name="handle"/> was last added under, if it is the fact added last. Every join reading
    /// this memory asks for the key of the fact that just arrived: one evaluation (and one boxed key) serves
    /// them all instead of one per join (250 joins made 250 boxes per fact).
    /// </summary>
    public bool TryLastKey(FactHandle handle, out object key)
    {
        key = _lastKey!;
        return ReferenceEquals(handle, _lastHandle);
    }

    /// <summary>Adds a fact under its key.</summary>
    public void Add(object? factKey, FactHandle handle)
    {
        factKey ??= NullKey;
        if (!_buckets.TryGetValue(factKey, out var facts))
        {
            _buckets[factKey] = facts = [];
        }

        facts.Add(handle);
        _lastHandle = handle;
        _lastKey = factKey;
    }

    /// <summary>Removes a fact.</summary>
    public void Remove(object? factKey, FactHandle handle)
    {
        if (ReferenceEquals(handle, _lastHandle))
        {
            // An update re-adds the same handle with a fact whose key may differ.
            _lastHandle = null;
            _lastKey = null;
        }

        _buckets.GetValueOrDefault(factKey ?? NullKey)?.Remove(handle);
    }
}
