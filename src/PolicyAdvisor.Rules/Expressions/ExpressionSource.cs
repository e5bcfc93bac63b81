namespace PolicyAdvisor.Rules;

/// <summary>An expression's text and where it sits in its YAML file, to position errors inside it.</summary>
/// <param name="Text">The expression as the author wrote it.</param>
/// <param name="Node">The YAML scalar holding it.</param>
internal sealed record ExpressionSource(string Text, YamlScalar Node)
{
    /// <summary>Creates the source of a scalar node.</summary>
    public static ExpressionSource Of(YamlScalar node) => new(node.Value, node);

    /// <summary>
    /// The file position of character <paramref name="index"/>: exact for a one-line plain or quoted scalar
    /// (quotes shift by one; escapes are rare in conditions) and for a block (<c>where: |-</c>) or wrapped plain
    /// scalar, whose lines the reader aligned; otherwise the scalar's start.
    /// </summary>
    public (int Line, int Column) At(int index)
    {
        if (Node.Lines is { Count: > 0 } lines)
        {
            var line = lines[0];
            foreach (var candidate in lines)
            {
                if (candidate.Offset > index)
                {
                    break;
                }

                line = candidate;
            }

            return (line.Line, line.Column + Math.Max(0, index - line.Offset));
        }

        if (Node.Value.Contains('\n', StringComparison.Ordinal) || !(Node.IsPlain || Node.IsQuoted))
        {
            return (Node.Line, Node.Column);
        }

        var clamped = Math.Clamp(index, 0, Text.Length);
        return (Node.Line, Node.Column + (Node.IsQuoted ? 1 : 0) + clamped);
    }

    /// <summary>Reports an error at character <paramref name="index"/> of the expression.</summary>
    public void Error(DiagnosticBag diagnostics, string code, string message, int index)
    {
        var (line, column) = At(index);
        diagnostics.Error(code, message, Node.File, line, column);
    }
}
