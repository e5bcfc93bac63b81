using System.Collections;

namespace PolicyAdvisor.Rules;

/// <summary>
/// The immutable list held by a list field. It compares by value (so two facts with equal lists are equal)
/// and offers the two members expressions may use: <see cref="Contains"/> and <see cref="Count"/>.
/// </summary>
/// <typeparam name="T">Item type: string, double, bool or DateTime.</typeparam>
public sealed class FactList<T> : IReadOnlyList<T>, IEquatable<FactList<T>>
{
    private readonly T[] _items;

    /// <summary>Creates a list holding a copy of <paramref name="items"/> in order.</summary>
    public FactList(IEnumerable<T> items) => _items = items.ToArray();

    /// <summary>The empty list.</summary>
    public static FactList<T> Empty { get; } = new([]);

    /// <summary>Number of items.</summary>
    public int Count => _items.Length;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => _items[index];

    /// <summary>Whether the list holds <paramref name="item"/> (ordinal for strings).</summary>
    public bool Contains(T item) => Array.IndexOf(_items, item) >= 0;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(FactList<T>? other) => other is not null && _items.SequenceEqual(other._items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FactList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items joined by ", ".</summary>
    public override string ToString() => string.Join(", ", _items.Select(i => FactValues.Format(i)));
}
