namespace PolicyAdvisor.Rules;

/// <summary>Builds <see cref="FactList{T}"/> values when the item type is known only at run time.</summary>
internal static class FactLists
{
    /// <summary>An empty list of <paramref name="itemType"/>.</summary>
    public static object Empty(Type itemType) => Create(itemType, []);

    /// <summary>A list of <paramref name="itemType"/> holding <paramref name="items"/> (each already of that type).</summary>
    public static object Create(Type itemType, IEnumerable<object?> items)
    {
        var array = Array.CreateInstance(itemType, items.Count());
        var i = 0;
        foreach (var item in items)
        {
            array.SetValue(item, i++);
        }

        return Activator.CreateInstance(typeof(FactList<>).MakeGenericType(itemType), array)!;
    }
}
