namespace PolicyAdvisor.Rules;

/// <summary>
/// The declared shape of a YAML input file or part of one: which keys a mapping has, which are required, what
/// each holds. Loaders check keys against it (<c>YamlReading.CheckKeys</c>)
/// and <see cref="JsonSchemaWriter"/> publishes it as a JSON Schema, so the two cannot drift: adding a key to a
/// file is one line in its shape (plus the loader reading the value).
/// </summary>
/// <param name="Description">What the part is, for editors' hover text.</param>
public abstract record Shape(string Description);

/// <summary>A mapping with known keys (and, optionally, keys matching a pattern, such as a premise's binding).</summary>
/// <param name="What">How diagnostics name it: "a rule", "'then'".</param>
/// <param name="Keys">Its keys, in the order authors usually write them.</param>
/// <param name="Description">What it is.</param>
public sealed record ObjectShape(string What, IReadOnlyList<KeyShape> Keys, string Description) : Shape(Description)
{
    /// <summary>Keys beyond <see cref="Keys"/> whose names match this regular expression, and the shape of their values.</summary>
    public (string Pattern, Shape Value)? PatternKeys { get; init; }

    /// <summary>Every key name.</summary>
    public IReadOnlyList<string> Names => Keys.Select(k => k.Name).ToArray();

    /// <summary>The names of the required keys.</summary>
    public IReadOnlyList<string> Required => Keys.Where(k => k.Required).Select(k => k.Name).ToArray();

    /// <summary>The shape of <paramref name="name"/>'s value, or null when the key is not declared.</summary>
    public Shape? Of(string name) => Keys.FirstOrDefault(k => k.Name == name)?.Value;
}

/// <summary>One key of a mapping.</summary>
/// <param name="Name">The key.</param>
/// <param name="Value">What its value must be.</param>
/// <param name="Required">Whether the mapping must have it.</param>
/// <param name="Description">What it means, for editors.</param>
public sealed record KeyShape(string Name, Shape Value, bool Required, string Description);

/// <summary>A mapping whose keys are names the author chooses (fact types, field names), all with one value shape.</summary>
/// <param name="KeyPattern">A regular expression every key matches, or null for any key.</param>
/// <param name="Value">The shape of each value.</param>
/// <param name="Description">What it is.</param>
public sealed record MapShape(string? KeyPattern, Shape Value, string Description) : Shape(Description);

/// <summary>A list of items.</summary>
/// <param name="Items">The shape of each item.</param>
/// <param name="Description">What it is.</param>
public sealed record ListShape(Shape Items, string Description) : Shape(Description)
{
    /// <summary>Whether a single item may stand for a one-item list (<c>sources: x</c> for <c>sources: [x]</c>).</summary>
    public bool SingleAllowed { get; init; }
}

/// <summary>A single value.</summary>
/// <param name="Kind">What kind of value.</param>
/// <param name="Description">What it is.</param>
public sealed record ValueShape(ValueKind Kind, string Description) : Shape(Description)
{
    /// <summary>The values allowed, when the value is one of a fixed set.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>A regular expression text values must match, or null.</summary>
    public string? Pattern { get; init; }
}

/// <summary>Exactly one of several shapes (a rule's action: recommend, assert, risk or trade-off).</summary>
/// <param name="Choices">The alternatives.</param>
/// <param name="Description">What it is.</param>
public sealed record OneOfShape(IReadOnlyList<Shape> Choices, string Description) : Shape(Description);

/// <summary>The kinds of single value a shape can ask for.</summary>
public enum ValueKind
{
    /// <summary>Text; a plain number or true/false is read as its text, as the loaders do.</summary>
    Text,

    /// <summary>Text only (ids, names).</summary>
    Name,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A date written yyyy-mm-dd.</summary>
    Date,

    /// <summary>Any single value: text, number or true/false.</summary>
    Scalar,

    /// <summary>Anything: a value, a list or a mapping (checked by the loader against the fact schema).</summary>
    Any,
}
