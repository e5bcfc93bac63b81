using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PolicyAdvisor.Rules;

/// <summary>Turns YamlDotNet's event stream into our node tree, enforcing <see cref="YamlLimits"/> as it goes.</summary>
/// <remarks>
/// With <paramref name="source"/> (the text being parsed), a scalar written over several lines records where each
/// of its lines starts, so that an error inside a <c>where: |-</c> block points into the block, not at the <c>|-</c>.
/// </remarks>
internal sealed class YamlTreeBuilder(IParser parser, string file, YamlLimits limits, DiagnosticBag diagnostics, string? source = null)
{
    private string[]? _sourceLines;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<YamlNode, long> _expanded = new(ReferenceEqualityComparer.Instance);
    private Mark _last = Mark.Empty;
    private int _aliases;

    /// <summary>Reads the single document; null after reporting a diagnostic.</summary>
    public YamlNode? ReadDocument()
    {
        try
        {
            Expect<StreamStart>();
            if (Peek() is StreamEnd)
            {
                diagnostics.Error(DiagnosticCodes.EmptyFile, "the file is empty (only comments)", file, 0, 0);
                return null;
            }

            Expect<DocumentStart>();
            var root = ReadNode(1);
            if (root is null)
            {
                return null;
            }

            Expect<DocumentEnd>();
            var next = Peek();
            if (next is DocumentStart)
            {
                Error(DiagnosticCodes.Unsupported, "only one YAML document per file is allowed", next.Start);
                return null;
            }

            if (root is YamlScalar { IsNull: true })
            {
                diagnostics.Error(DiagnosticCodes.EmptyFile, "the file is empty", file, 0, 0);
                return null;
            }

            return root;
        }
        catch (YamlException ex)
        {
            var (code, message, line, column) = YamlSyntaxMessage.Explain(source, CleanMessage(ex.Message), (int)ex.Start.Line, (int)ex.Start.Column);
            diagnostics.Error(code, message, file, Math.Max(1, line), Math.Max(1, column));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            // Some malformed input makes the scanner throw without a position: point at the last good event.
            Error(DiagnosticCodes.Syntax, "YAML syntax error after this point", _last);
            return null;
        }
    }

    private YamlNode? ReadNode(int depth)
    {
        var ev = Next();
        switch (ev)
        {
            case AnchorAlias alias:
                return ReadAlias(alias);
            case Scalar scalar:
                return Register(scalar.Anchor, ReadScalar(scalar));
            case SequenceStart start:
                return TooDeep(depth, start) ? null : Register(start.Anchor, ReadSequence(start, depth));
            case MappingStart start:
                return TooDeep(depth, start) ? null : Register(start.Anchor, ReadMapping(start, depth));
            default:
                Error(DiagnosticCodes.Syntax, $"unexpected {YamlSyntaxMessage.Describe(ev)} here", ev.Start);
                return null;
        }
    }

    private YamlScalar? ReadScalar(Scalar scalar)
    {
        if (scalar.Value.Length > limits.MaxScalarLength)
        {
            Error(DiagnosticCodes.TooLarge, $"value is {scalar.Value.Length} characters long; the limit is {limits.MaxScalarLength}", scalar.Start);
            return null;
        }

        var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        var node = new YamlScalar(file, (int)scalar.Start.Line, (int)scalar.Start.Column, scalar.Value, scalar.Style == ScalarStyle.Plain, quoted, LinesOf(scalar));
        _expanded[node] = 1;
        return node;
    }

    // Aligns each source line of a block or wrapped plain scalar with the value: the line's text (indentation and
    // trailing blanks removed) is found in the value after the previous line's. Quoted scalars, whose escapes
    // change the text, keep their start as their only position.
    private List<ScalarLine>? LinesOf(Scalar scalar)
    {
        var block = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        if (source is null || !(block || (scalar.Style == ScalarStyle.Plain && scalar.End.Line > scalar.Start.Line)))
        {
            return null;
        }

        _sourceLines ??= source.Split('\n');
        var lines = new List<ScalarLine>();
        var offset = 0;
        var first = (int)scalar.Start.Line + (block ? 1 : 0);
        for (var number = first; number <= scalar.End.Line && number <= _sourceLines.Length; number++)
        {
            var raw = _sourceLines[number - 1].TrimEnd('\r');
            var from = number == scalar.Start.Line ? Math.Min(raw.Length, (int)scalar.Start.Column - 1) : 0;
            var text = raw[from..].TrimStart();
            var column = raw.Length - text.Length;
            text = text.TrimEnd();
            if (text.Length == 0)
            {
                continue;
            }

            var at = scalar.Value.IndexOf(text, offset, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            lines.Add(new ScalarLine(at, number, column + 1));
            offset = at + text.Length;
        }

        return lines.Count > 0 ? lines : null;
    }

    private YamlSequence? ReadSequence(SequenceStart start, int depth)
    {
        var items = new List<YamlNode>();
        long size = 1;
        while (Peek() is not SequenceEnd)
        {
            var item = ReadNode(depth + 1);
            if (item is null || !Grow(ref size, item, start))
            {
                return null;
            }

            items.Add(item);
        }

        Next();
        var node = new YamlSequence(file, (int)start.Start.Line, (int)start.Start.Column, items);
        _expanded[node] = size;
        return node;
    }

    private YamlMapping? ReadMapping(MappingStart start, int depth)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long size = 1;
        var ok = true;
        while (Peek() is not MappingEnd)
        {
            var keyEvent = Peek();
            var key = ReadNode(depth + 1);
            if (key is null)
            {
                return null;
            }

            var value = ReadNode(depth + 1);
            if (value is null || !Grow(ref size, value, start))
            {
                return null;
            }

            // `as` rather than `is not YamlScalar scalarKey`: a pattern variable is unassigned in Stryker's mutants
            // of this check (negated, or the block removed), and one mutant that does not compile costs the method all of its.
            var scalarKey = key as YamlScalar;
            if (scalarKey is null)
            {
                Error(DiagnosticCodes.Unsupported, "a key must be a plain value, not a list or mapping", keyEvent.Start);
                ok = false;
                continue;
            }

            if (!seen.Add(scalarKey.Value))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, $"duplicate key '{scalarKey.Value}'", scalarKey);
                ok = false;
                continue;
            }

            entries.Add(new KeyValuePair<YamlScalar, YamlNode>(scalarKey, value));
        }

        Next();
        if (!ok)
        {
            return null;
        }

        var node = new YamlMapping(file, (int)start.Start.Line, (int)start.Start.Column, entries);
        _expanded[node] = size;
        return node;
    }

    private YamlNode? ReadAlias(AnchorAlias alias)
    {
        if (++_aliases > limits.MaxAliases)
        {
            Error(DiagnosticCodes.TooLarge, $"more than {limits.MaxAliases} aliases in one file", alias.Start);
            return null;
        }

        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            Error(DiagnosticCodes.Syntax, $"alias '*{alias.Value.Value}' refers to no earlier anchor", alias.Start);
            return null;
        }

        // The alias shares the anchored node; the expansion is only counted, never copied.
        return target;
    }

    private bool Grow(ref long size, YamlNode child, ParsingEvent at)
    {
        size += _expanded.GetValueOrDefault(child, 1);
        if (size <= limits.MaxExpandedNodes)
        {
            return true;
        }

        Error(DiagnosticCodes.TooLarge, $"aliases expand this node beyond {limits.MaxExpandedNodes} nodes", at.Start);
        return false;
    }

    private bool TooDeep(int depth, ParsingEvent at)
    {
        if (depth <= limits.MaxDepth)
        {
            return false;
        }

        Error(DiagnosticCodes.TooDeep, $"nesting is deeper than {limits.MaxDepth} levels", at.Start);
        return true;
    }

    private T? Register<T>(AnchorName anchor, T? node)
        where T : YamlNode
    {
        if (node is not null && !anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    private ParsingEvent Peek()
    {
        if (parser.Current is null && !parser.MoveNext())
        {
            throw new YamlException(_last, _last, "unexpected end of file");
        }

        return parser.Current!;
    }

    private ParsingEvent Next()
    {
        var ev = Peek();
        _last = ev.End;
        parser.MoveNext();
        return ev;
    }

    private void Expect<T>()
        where T : ParsingEvent
    {
        var ev = Next();
        if (ev is not T)
        {
            throw new YamlException(ev.Start, ev.End, $"unexpected {YamlSyntaxMessage.Describe(ev)} here");
        }
    }

    private void Error(string code, string message, Mark at) =>
        diagnostics.Error(code, message, file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column));

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 1, Col: 9, Idx: 8) - (Line: 1, Col: 9, Idx: 8): "; the position is ours to print.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 ? message[(cut + 3)..] : message;
        return text.TrimEnd('.');
    }
}
