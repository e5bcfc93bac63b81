namespace PolicyAdvisor.Rules;

/// <summary>Bounds that keep a hostile or broken YAML file from exhausting memory or the stack.</summary>
public sealed record YamlLimits
{
    /// <summary>Largest file accepted, in bytes. Default 5 MB.</summary>
    public long MaxFileBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and sequences. Default 64.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most alias (<c>*name</c>) uses per file. Default 100.</summary>
    public int MaxAliases { get; init; } = 100;

    /// <summary>Most nodes a reader of the tree could visit once aliases are followed. Default 1,000,000.</summary>
    public long MaxExpandedNodes { get; init; } = 1_000_000;

    /// <summary>Longest scalar, in characters. Default 100,000.</summary>
    public int MaxScalarLength { get; init; } = 100_000;

    /// <summary>The defaults.</summary>
    public static YamlLimits Default { get; } = new();
}
