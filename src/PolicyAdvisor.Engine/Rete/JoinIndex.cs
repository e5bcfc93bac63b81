namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// One session's hash index for one indexed beta node: right facts and left tokens grouped by join key. Buckets
/// keep arrival order and are only ever looked up, never enumerated as a whole, so hash order cannot leak out.
/// </summary>
internal sealed class JoinIndex
{
    // Dictionaries reject null keys; a null join key still has to meet other null keys.
    private static readonly object NullKey = new();

    private readonly Dictionary<object, List<FactHandle>> _right = [];
    private readonly Dictionary<object, TokenList<BucketLinks>> _left = [];

    /// <summary>Right facts with key <paramref name="key"/>, or null.</summary>
    public List<FactHandle>? Right(object? key) => _right.GetValueOrDefault(key ?? NullKey);

    /// <summary>First left token with key <paramref name="key"/>, or null.</summary>
    public Token? Left(object? key) => _left.GetValueOrDefault(key ?? NullKey)?.Head;

    /// <summary>Adds a right fact.</summary>
    public void AddRight(object? key, FactHandle handle)
    {
        key ??= NullKey;
        if (!_right.TryGetValue(key, out var bucket))
        {
            _right[key] = bucket = [];
        }

        bucket.Add(handle);
    }

    /// <summary>Removes a right fact.</summary>
    public void RemoveRight(object? key, FactHandle handle)
    {
        if (_right.TryGetValue(key ?? NullKey, out var bucket))
        {
            bucket.Remove(handle);
        }
    }

    /// <summary>Adds a left token, remembering its key for removal.</summary>
    public void AddLeft(object? key, Token token)
    {
        key ??= NullKey;
        if (!_left.TryGetValue(key, out var bucket))
        {
            _left[key] = bucket = new TokenList<BucketLinks>();
        }

        token.IndexKey = key;
        bucket.Add(token);
    }

    /// <summary>Removes a left token.</summary>
    public void RemoveLeft(Token token)
    {
        if (token.IndexKey is { } key && _left.TryGetValue(key, out var bucket))
        {
            bucket.Remove(token);
        }
    }
}
