namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// One session's hash index for one indexed beta node: its left tokens grouped by join key, and the shared index
/// of its right memory. Buckets keep arrival order and are only ever looked up, never enumerated as a whole, so
/// hash order cannot leak out.
/// </summary>
internal sealed class JoinIndex(RightIndex right)
{
    private readonly Dictionary<object, TokenList<BucketLinks>> _buckets = [];

    /// <summary>Right facts with key <paramref name="key"/>, or null.</summary>
    public List<FactHandle>? Right(object key) => right.Facts(key);

    /// <summary>The right key of <paramref name="handle"/> when the shared index just added it, else null.</summary>
    public object? RightKey(FactHandle handle) => right.TryLastKey(handle, out var key) ? key : null;

    /// <summary>First left token with key <paramref name="key"/>, or null.</summary>
    public Token? Left(object? key) => _buckets.GetValueOrDefault(key ?? RightIndex.NullKey)?.Head;

    /// <summary>Adds a left token, remembering its key for removal.</summary>
    public void AddLeft(object? key, Token token)
    {
        key ??= RightIndex.NullKey;
        token.IndexKey = key;
        token.InBucket = true;
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            _buckets[key] = bucket = new TokenList<BucketLinks>();
        }

        bucket.Add(token);
    }

    /// <summary>Removes a left token.</summary>
    public void RemoveLeft(Token token)
    {
        if (token.InBucket)
        {
            token.InBucket = false;
            _buckets.GetValueOrDefault(token.IndexKey!)?.Remove(token);
        }
    }
}
