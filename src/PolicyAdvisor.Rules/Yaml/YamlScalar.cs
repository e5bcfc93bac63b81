namespace PolicyAdvisor.Rules;

/// <summary>A scalar value as written (always text; typed reading is done by the loaders).</summary>
public sealed class YamlScalar : YamlNode
{
    /// <summary>
    /// Creates a scalar node; for one written over several lines (a block <c>|</c> or <c>&gt;</c>, or a plain
    /// scalar that wraps), with where each source line starts in the value.
    /// </summary>
    public YamlScalar(string file, int line, int column, string value, bool isPlain, bool isQuoted, IReadOnlyList<ScalarLine>? lines = null)
        : base(file, line, column)
    {
        Value = value;
        IsPlain = isPlain;
        IsQuoted = isQuoted;
        Lines = lines;
    }

    /// <summary>For a scalar written over several lines, where each source line starts in the value; else null.</summary>
    public IReadOnlyList<ScalarLine>? Lines { get; }

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
