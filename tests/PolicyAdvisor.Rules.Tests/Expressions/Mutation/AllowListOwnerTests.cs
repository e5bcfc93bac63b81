using System.Linq.Expressions;
using System.Reflection;

namespace PolicyAdvisor.Rules.Tests.Expressions.Mutation;

/// <summary>
/// The allow-list walk on trees built directly: each allowed method and member is allowed on its own owner only,
/// with its own shape, so a namesake elsewhere is refused.
/// </summary>
public sealed class AllowListOwnerTests
{
    private readonly AllowList _allowList = new(_ => false);

    private static MethodInfo Method(Type owner, string name, params Type[] parameters) => owner.GetMethod(name, parameters)!;

    [Fact]
    public void Check_CountOfAnotherCollection_Refused()
    {
        // Arrange
        var list = Expression.Parameter(typeof(List<string>), "list");
        var tree = Expression.GreaterThan(Expression.Property(list, nameof(List<string>.Count)), Expression.Constant(0));

        // Act and Assert
        Assert.Equal("'Count' is not allowed in conditions", _allowList.Check(tree));
    }

    [Fact]
    public void Check_FieldOfFactType_RefusedAsOnlyPropertiesAreFields()
    {
        // Arrange
        var allowList = new AllowList(t => t == typeof(Holder));
        var holder = Expression.Parameter(typeof(Holder), "holder");
        var field = Expression.Equal(Expression.Field(holder, nameof(Holder.Raw)), Expression.Constant("x"));
        var property = Expression.Equal(Expression.Property(holder, nameof(Holder.Name)), Expression.Constant("x"));

        // Act and Assert
        Assert.Equal("'Raw' is not allowed in conditions", allowList.Check(field));
        Assert.Null(allowList.Check(property));
    }

    [Fact]
    public void Check_TextMethodsOfOtherNamesOrShapes_Refused()
    {
        // Arrange
        var text = Expression.Parameter(typeof(string), "text");
        var x = Expression.Constant("x");
        var indexOf = Expression.Call(text, Method(typeof(string), nameof(string.IndexOf), typeof(string)), x);
        var containsIgnoringCase = Expression.Call(text, Method(typeof(string), nameof(string.Contains), typeof(string), typeof(StringComparison)), x, Expression.Constant(StringComparison.Ordinal));
        var concat = Expression.Call(Method(typeof(string), nameof(string.Concat), typeof(string), typeof(string)), text, x);

        // Act and Assert
        Assert.Equal("calling 'IndexOf' on text is not allowed in conditions", _allowList.Check(indexOf));
        Assert.Equal("calling 'Contains' on text is not allowed in conditions", _allowList.Check(containsIgnoringCase));
        Assert.Equal("calling 'Concat' on text is not allowed in conditions", _allowList.Check(concat));
    }

    [Fact]
    public void Check_AllowedNamesOnOtherOwners_Refused()
    {
        // Arrange
        var contains = Expression.Call(Expression.Parameter(typeof(List<string>), "list"), Method(typeof(List<string>), nameof(List<string>.Contains), typeof(string)), Expression.Constant("x"));
        var addDays = Expression.Call(Expression.Parameter(typeof(DateTimeOffset), "at"), Method(typeof(DateTimeOffset), nameof(DateTimeOffset.AddDays), typeof(double)), Expression.Constant(1.0));
        var max = Expression.Call(Method(typeof(MathF), nameof(MathF.Max), typeof(float), typeof(float)), Expression.Constant(1f), Expression.Constant(2f));

        // Act and Assert
        Assert.Equal("calling 'Contains' on a list is not allowed in conditions", _allowList.Check(contains));
        Assert.Equal("calling 'AddDays' is not allowed in conditions", _allowList.Check(addDays));
        Assert.Equal("calling 'Max' is not allowed in conditions", _allowList.Check(max));
    }

    [Fact]
    public void Check_BinaryThroughAnOrdinaryMethod_Refused()
    {
        // Arrange: what C# builds for text + text; only op_ methods count as operators.
        var text = Expression.Parameter(typeof(string), "text");
        var tree = Expression.Add(text, Expression.Constant("x"), Method(typeof(string), nameof(string.Concat), typeof(string), typeof(string)));

        // Act and Assert
        Assert.Equal("operator method 'Concat' is not allowed", _allowList.Check(tree));
    }

    private sealed class Holder
    {
        public string Raw = string.Empty;

        public string Name { get; } = string.Empty;
    }
}
