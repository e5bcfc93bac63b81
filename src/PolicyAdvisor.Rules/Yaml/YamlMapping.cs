namespace PolicyAdvisor.Rules;

/// <summary>A YAML mapping with scalar keys, in document order; keys are unique (the reader reports duplicates).</summary>
public sealed class YamlMapping : YamlNode
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Creates a mapping node; a repeated key keeps its first entry for lookup.</summary>
    public YamlMapping(string file, int line, int column, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries)
        : base(file, line, column)
    {
        Entries = entries;
        for (var i = 0; i < entries.Count; i++)
        {
            _index.TryAdd(entries[i].Key.Value, i);
        }
    }

    /// <summary>The entries in document order.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public YamlNode? this[string key] => _index.TryGetValue(key, out var i) ? Entries[i].Value : null;

    /// <summary>The key node of <paramref name="key"/>, or null when absent.</summary>
    public YamlScalar? KeyNode(string key) => _index.TryGetValue(key, out var i) ? Entries[i].Key : null;

    /// <summary>Whether the mapping has <paramref name="key"/>.</summary>
    public bool Has(string key) => _index.ContainsKey(key);

    /// <inheritdoc />
    public override string Describe() => "a mapping";
}
