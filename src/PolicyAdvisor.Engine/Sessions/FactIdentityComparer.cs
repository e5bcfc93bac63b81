using System.Runtime.CompilerServices;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>
/// Fact identity: by registered key for types given to <see cref="EngineOptions.IdentifyBy(Type, Func{object, object})"/>,
/// otherwise by reference, so records with equal values stay distinct facts and a <c>with</c> copy can update its original.
/// </summary>
internal sealed class FactIdentityComparer : IEqualityComparer<object>
{
    // Up to this many registered types are found by comparing references in turn: an insert hashes its fact up to
    // three times, and a dictionary keyed by Type (hashing the Type each time) was a twentieth of a small session.
    private const int ScanLimit = 8;

    private readonly Type[] _types;
    private readonly Func<object, object>[] _keys;
    private readonly Dictionary<Type, int>? _byType;

    /// <summary>Creates the comparer over the registered keys.</summary>
    public FactIdentityComparer(IReadOnlyDictionary<Type, Func<object, object>> keys)
    {
        var pairs = keys.ToArray();
        _types = [.. pairs.Select(p => p.Key)];
        _keys = [.. pairs.Select(p => p.Value)];
        if (_types.Length > ScanLimit)
        {
            _byType = _types.Select((type, i) => (type, i)).ToDictionary(p => p.type, p => p.i);
        }
    }

    /// <inheritdoc />
    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        var type = x.GetType();
        if (type != y.GetType() || IndexOf(type) is not (>= 0 and var i))
        {
            return false;
        }

        return object.Equals(_keys[i](x), _keys[i](y));
    }

    /// <inheritdoc />
    public int GetHashCode(object obj) =>
        IndexOf(obj.GetType()) is >= 0 and var i ? HashCode.Combine(i, _keys[i](obj)) : RuntimeHelpers.GetHashCode(obj);

    private int IndexOf(Type type)
    {
        if (_byType is not null)
        {
            return _byType.TryGetValue(type, out var found) ? found : -1;
        }

        var types = _types;
        for (var i = 0; i < types.Length; i++)
        {
            if (ReferenceEquals(types[i], type))
            {
                return i;
            }
        }

        return -1;
    }
}
