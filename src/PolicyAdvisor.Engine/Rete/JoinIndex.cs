namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// One session's hash index for one indexed beta node: right facts and left tokens grouped by join key. Buckets
/// keep arrival order and are only ever looked up, never enumerated as a whole, so hash order cannot leak out.
/// </summary>
internal sealed class JoinIndex(int capacity)
{
    // Dictionaries reject null keys; a null join key still has to meet other null keys.
    private static readonly object NullKey = new();

    private readonly Dictionary<object, Bucket> _buckets = new(capacity);

    /// <summary>Right facts with key <paramref name="key"/>, or null.</summary>
    public List<FactHandle>? Right(object? key) => _buckets.GetValueOrDefault(key ?? NullKey)?.Right;

    /// <summary>First left token with key <paramref name="key"/>, or null.</summary>
    public Token? Left(object? key) => _buckets.GetValueOrDefault(key ?? NullKey)?.Left.Head;

    /// <summary>Adds a right fact.</summary>
    public void AddRight(object? key, FactHandle handle) => (BucketOf(key).Right ??= []).Add(handle);

    /// <summary>Removes a right fact.</summary>
    public void RemoveRight(object? key, FactHandle handle) => _buckets.GetValueOrDefault(key ?? NullKey)?.Right?.Remove(handle);

    /// <summary>Adds a left token, remembering its key for removal.</summary>
    public void AddLeft(object? key, Token token)
    {
        token.IndexKey = key ?? NullKey;
        BucketOf(key).Left.Add(token);
    }

    /// <summary>Removes a left token.</summary>
    public void RemoveLeft(Token token)
    {
        if (token.IndexKey is { } key)
        {
            _buckets.GetValueOrDefault(key)?.Left.Remove(token);
        }
    }

    private Bucket BucketOf(object? key)
    {
        key ??= NullKey;
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            _buckets[key] = bucket = new Bucket();
        }

        return bucket;
    }

    private sealed class Bucket
    {
        public List<FactHandle>? Right { get; set; }

        public TokenList<BucketLinks> Left { get; } = new();
    }
}
