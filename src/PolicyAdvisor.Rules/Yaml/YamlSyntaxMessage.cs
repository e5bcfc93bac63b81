namespace PolicyAdvisor.Rules;

/// <summary>
/// Says what is wrong with YAML that YamlDotNet could not parse, in a rule author's words and at the place to
/// fix: an unclosed quote is reported where it opens, not where the parser finally gave up (which may be dozens
/// of lines later), and the parser's common messages are reworded.
/// </summary>
internal static class YamlSyntaxMessage
{
    private static readonly (string Prefix, string Words)[] Messages =
    [
        ("While parsing a block mapping, did not find expected key", "this line does not fit the mapping above it: check its indentation, and quote a value that holds ': ' or starts with a quote"),
        ("While parsing a block collection, did not find expected '-' indicator", "this line does not fit the list above it: check its indentation (each item starts with '- ')"),
        ("Mapping values are not allowed in this context", "': ' cannot appear inside a plain value: put the value in quotes"),
        ("While scanning a plain scalar value, found invalid mapping", "': ' cannot appear inside a plain value: put the value in quotes"),
        ("While parsing a node, did not find expected node content", "a value is missing here (is something not closed above?)"),
        ("While scanning a simple key, could not find expected ':'", "expected 'key: value' here"),
        ("While parsing a flow sequence, did not find expected ',' or ']'", "a [ ] list needs ',' between its items and a closing ']'"),
        ("While parsing a flow mapping, did not find expected ',' or '}'", "a { } mapping needs ',' between its entries and a closing '}'"),
        ("While scanning an anchor or alias, did not find expected alphabetic or numeric character", "'&' and '*' start an anchor or alias and must be followed by a name: quote the value"),
        ("While scanning for the next token, found character that cannot start any token", "a value cannot start with this character: put it in quotes"),
        ("While scanning a quoted scalar, found unexpected end of stream", "this quoted value is never closed: add the closing quote"),
        ("While scanning a multi-line double-quoted scalar, found wrong indentation", "this quoted value is not closed on its line: add the closing quote"),
        ("While scanning a multi-line single-quoted scalar, found wrong indentation", "this quoted value is not closed on its line: add the closing quote"),
    ];

    /// <summary>
    /// The code, message and position to report for a parser error at (<paramref name="line"/>,
    /// <paramref name="column"/>) of <paramref name="text"/> (null when the text is not at hand).
    /// </summary>
    public static (string Code, string Message, int Line, int Column) Explain(string? text, string parserMessage, int line, int column)
    {
        if (text is not null && UnclosedQuote(text, line) is { } quote)
        {
            var name = quote.Quote == '"' ? "double" : "single";
            return (DiagnosticCodes.UnclosedQuote, $"the value in {name} quotes that starts here is not closed on its line: add the closing {quote.Quote}", quote.Line, quote.Column);
        }

        var known = Messages.FirstOrDefault(m => parserMessage.StartsWith(m.Prefix, StringComparison.OrdinalIgnoreCase));
        if (known.Words is not null)
        {
            return (DiagnosticCodes.Syntax, known.Words, line, column);
        }

        if (parserMessage.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var tabbed = text?.Split('\n').Select((l, i) => (Line: i + 1, Indent: l.Length - l.TrimStart(' ', '\t').Length, Text: l))
                .FirstOrDefault(l => l.Text[..l.Indent].Contains('\t', StringComparison.Ordinal));
            return tabbed is { Line: > 0 } at
                ? (DiagnosticCodes.Syntax, "YAML indents with spaces, not tabs", at.Line, at.Text.IndexOf('\t', StringComparison.Ordinal) + 1)
                : (DiagnosticCodes.Syntax, "YAML indents with spaces, not tabs", line, column);
        }

        return (DiagnosticCodes.Syntax, $"not valid YAML here ({parserMessage})", line, column);
    }

    /// <summary>What a YAML event is, for "expected ..., found ..." messages: never the parser's class name.</summary>
    public static string Describe(YamlDotNet.Core.Events.ParsingEvent ev) => ev switch
    {
        YamlDotNet.Core.Events.MappingStart => "a mapping",
        YamlDotNet.Core.Events.SequenceStart => "a list",
        YamlDotNet.Core.Events.Scalar => "a value",
        YamlDotNet.Core.Events.DocumentStart => "the start of another document",
        YamlDotNet.Core.Events.DocumentEnd or YamlDotNet.Core.Events.StreamEnd => "the end of the file",
        _ => "something unexpected",
    };

    /// <summary>
    /// The last quoted value at or before <paramref name="errorLine"/> whose quote opens and is not closed on its
    /// own line. Quoted values in our files are one line long, so after a parse error that is the likely cause.
    /// </summary>
    public static (int Line, int Column, char Quote)? UnclosedQuote(string text, int errorLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        (int, int, char)? found = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length && i < errorLine; i++)
        {
            if (OpenQuote(lines[i].TrimEnd('\r')) is { } open)
            {
                found = (i + 1, open.Column + 1, open.Quote);
            }
        }

        return found;
    }

    // The quote left open at the end of the line, if a value starts with a quote and does not close it there.
    private static (int Column, char Quote)? OpenQuote(string line)
    {
        char? quote = null;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is null)
            {
                if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                {
                    return null;
                }

                if (c is '"' or '\'' && StartsValue(line, i))
                {
                    quote = c;
                    start = i;
                }
            }
            else if (quote == '"' && c == '\\')
            {
                i++;
            }
            else if (c == quote)
            {
                if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                {
                    i++;
                }
                else
                {
                    quote = null;
                }
            }
        }

        return quote is { } open ? (start, open) : null;
    }

    // A quote starts a value at the start of a line, after "key: ", "- ", or inside [ ] and { }.
    private static bool StartsValue(string line, int at)
    {
        var before = line[..at].TrimEnd();
        if (before.Length == 0)
        {
            return true;
        }

        var last = before[^1];
        var spaced = at > before.Length;
        return last is '[' or '{' or ',' || (last is ':' or '-' && spaced);
    }
}
