namespace PolicyAdvisor.Rules;

/// <summary>A scalar value as written (always text; typed reading is done by the loaders).</summary>
public sealed class YamlScalar : YamlNode
{
    /// <summary>Creates a scalar node.</summary>
    public YamlScalar(string file, int line, int column, string value, bool isPlain, bool isQuoted)
        : base(file, line, column)
    {
        Value = value;
        IsPlain = isPlain;
        IsQuoted = isQuoted;
    }

    /// <summary>The scalar's text.</summary>
    public string Value { get; }

    /// <summary>Whether the scalar was written without quotes or block indicator.</summary>
    public bool IsPlain { get; }

    /// <summary>Whether the scalar was written in single or double quotes (its text starts one column later).</summary>
    public bool IsQuoted { get; }

    /// <summary>Whether this is YAML's null: an unquoted empty value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc />
    public override string Describe() => "a value";

    /// <inheritdoc />
    public override string ToString() => Value;
}
