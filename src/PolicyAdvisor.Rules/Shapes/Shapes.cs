namespace PolicyAdvisor.Rules;

/// <summary>Short constructors for declaring file shapes readably.</summary>
public static class Shapes
{
    /// <summary>The pattern of kebab-case ids.</summary>
    public const string KebabCase = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>A required key.</summary>
    public static KeyShape Required(string name, Shape value, string description) => new(name, value, true, description);

    /// <summary>An optional key.</summary>
    public static KeyShape Optional(string name, Shape value, string description) => new(name, value, false, description);

    /// <summary>Text.</summary>
    public static ValueShape Text(string description = "Text.") => new(ValueKind.Text, description);

    /// <summary>An id or name (text only), optionally matching a pattern.</summary>
    public static ValueShape Name(string description, string? pattern = null) => new(ValueKind.Name, description) { Pattern = pattern };

    /// <summary>One of <paramref name="values"/>.</summary>
    public static ValueShape OneOf(IReadOnlyList<string> values, string description) => new(ValueKind.Name, description) { Values = values };

    /// <summary>A value of <paramref name="kind"/>.</summary>
    public static ValueShape Value(ValueKind kind, string description) => new(kind, description);

    /// <summary>A list of <paramref name="items"/>.</summary>
    public static ListShape ListOf(Shape items, string description) => new(items, description);

    /// <summary>A list of <paramref name="items"/>, or one item standing for a one-item list.</summary>
    public static ListShape OneOrMany(Shape items, string description) => new(items, description) { SingleAllowed = true };
}
