namespace PolicyAdvisor.Rules;

/// <summary>A YAML sequence (list).</summary>
public sealed class YamlSequence : YamlNode
{
    /// <summary>Creates a sequence node.</summary>
    public YamlSequence(string file, int line, int column, IReadOnlyList<YamlNode> items)
        : base(file, line, column) => Items = items;

    /// <summary>The items in document order.</summary>
    public IReadOnlyList<YamlNode> Items { get; }

    /// <inheritdoc />
    public override string Describe() => "a list";
}
