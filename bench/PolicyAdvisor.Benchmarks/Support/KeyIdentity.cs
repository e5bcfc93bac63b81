using NRules;

namespace PolicyAdvisor.Benchmarks.Support;

/// <summary>
/// Fact identity by a key, registered with NRules' <see cref="FactIdentityComparerRegistry"/>. The benchmark facts
/// are records, which compare by value: without this, an updated copy would be a different fact and
/// <c>Update</c> would not find the original. The advisor's own facts carry their identity (RuntimeFact).
/// </summary>
internal sealed class KeyIdentity<T, TKey>(Func<T, TKey> key) : IEqualityComparer<T>
    where T : class
    where TKey : notnull
{
    public bool Equals(T? x, T? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && EqualityComparer<TKey>.Default.Equals(key(x), key(y)));

    public int GetHashCode(T obj) => key(obj).GetHashCode();
}
