using System.Runtime.CompilerServices;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>
/// Fact identity: by registered key for types given to <see cref="EngineOptions.IdentifyBy(Type, Func{object, object})"/>,
/// otherwise by reference, so records with equal values stay distinct facts and a <c>with</c> copy can update its original.
/// </summary>
internal sealed class FactIdentityComparer(IReadOnlyDictionary<Type, Func<object, object>> keys) : IEqualityComparer<object>
{
    /// <inheritdoc />
    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.GetType() != y.GetType() || !keys.TryGetValue(x.GetType(), out var key))
        {
            return false;
        }

        return object.Equals(key(x), key(y));
    }

    /// <inheritdoc />
    public int GetHashCode(object obj) =>
        keys.TryGetValue(obj.GetType(), out var key) ? HashCode.Combine(obj.GetType(), key(obj)) : RuntimeHelpers.GetHashCode(obj);
}
