using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Tests.Sessions;

/// <summary>
/// Registered types are found by scanning a few references, or through a dictionary when many are registered:
/// both must agree on identity, and unregistered types must keep reference identity.
/// </summary>
public sealed class FactIdentityComparerTests
{
    private sealed record Keyed(int Id, string Name);

    private sealed record Other(int Id);

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public void Equals_SameKeyOfRegisteredType_SameFactAndSameHash(int fillerTypes)
    {
        // Arrange
        var comparer = Comparer(fillerTypes);
        var original = new Keyed(1, "a");
        var copy = original with { Name = "b" };

        // Act
        var equal = comparer.Equals(original, copy);

        // Assert
        Assert.True(equal);
        Assert.Equal(comparer.GetHashCode(original), comparer.GetHashCode(copy));
        Assert.False(comparer.Equals(original, new Keyed(2, "a")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public void Equals_UnregisteredOrDifferentType_ByReferenceOnly(int fillerTypes)
    {
        // Arrange
        var comparer = Comparer(fillerTypes);
        var other = new Other(1);

        // Act
        var equalRecords = comparer.Equals(other, new Other(1));

        // Assert
        Assert.False(equalRecords);
        Assert.True(comparer.Equals(other, other));
        Assert.False(comparer.Equals(new Keyed(1, "a"), other));
        Assert.False(comparer.Equals(null, other));
    }

    // Registers Keyed last, after fillerTypes unrelated types, so that the scan has to pass them.
    private static FactIdentityComparer Comparer(int fillerTypes)
    {
        var keys = new Dictionary<Type, Func<object, object>>();
        foreach (var type in typeof(int).Assembly.GetExportedTypes().Where(t => t.IsClass).Take(fillerTypes))
        {
            keys[type] = o => o;
        }

        keys[typeof(Keyed)] = o => ((Keyed)o).Id;
        return new FactIdentityComparer(keys);
    }
}
