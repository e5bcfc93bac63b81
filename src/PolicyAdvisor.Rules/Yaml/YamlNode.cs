namespace PolicyAdvisor.Rules;

/// <summary>
/// A node of a YAML document as read by <see cref="GuardedYamlReader"/>: a mapping, a sequence or a scalar,
/// each with the file and the 1-based line and column where it starts.
/// </summary>
public abstract class YamlNode
{
    private protected YamlNode(string file, int line, int column)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>Path of the file the node was read from.</summary>
    public string File { get; }

    /// <summary>1-based line where the node starts.</summary>
    public int Line { get; }

    /// <summary>1-based column where the node starts.</summary>
    public int Column { get; }

    /// <summary>"a mapping", "a list" or "a value", for messages.</summary>
    public abstract string Describe();
}
