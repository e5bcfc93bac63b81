using System.Text;
using System.Text.RegularExpressions;

namespace PolicyAdvisor.Rules;

/// <summary>
/// A <c>because</c> or <c>set</c> string with <c>{{ binding.field }}</c> holes, validated at load against the
/// rule's bindings and the schema, rendered from an activation's match when the rule fires.
/// </summary>
internal sealed partial class Template
{
    private readonly IReadOnlyList<(string Literal, string? Binding, string? Field)> _parts;

    private Template(IReadOnlyList<(string, string?, string?)> parts) => _parts = parts;

    /// <summary>Parses and validates <paramref name="source"/>; null after diagnostics.</summary>
    /// <param name="source">The text and its node.</param>
    /// <param name="bindings">Names bound by the rule: fact type for a pattern, null for a collect (only <c>count</c>).</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static Template? Parse(ExpressionSource source, IReadOnlyDictionary<string, FactTypeSpec?> bindings, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        var parts = new List<(string, string?, string?)>();
        var errors = diagnostics.ErrorCount;
        var last = 0;
        foreach (Match hole in Hole().Matches(text))
        {
            parts.Add((text[last..hole.Index], null, null));
            last = hole.Index + hole.Length;
            var inner = hole.Groups[1].Value.Trim();
            var dot = inner.IndexOf('.', StringComparison.Ordinal);
            var binding = dot < 0 ? inner : inner[..dot];
            var field = dot < 0 ? string.Empty : inner[(dot + 1)..];
            if (!bindings.TryGetValue(binding, out var spec))
            {
                source.Error(diagnostics, DiagnosticCodes.BadTemplate, $"'{{{{ {inner} }}}}' names no binding of this rule; bound are {string.Join(", ", bindings.Keys)}{Suggest.DidYouMean(binding, bindings.Keys)}", hole.Index);
                continue;
            }

            var fields = spec is null ? ["count"] : spec.Fields.Select(f => f.Name).Append("id").ToArray();
            if (!fields.Contains(field, StringComparer.Ordinal))
            {
                var what = spec is null ? "a collected list, which offers only 'count'" : TypeWords.Fact(spec.Name);
                source.Error(diagnostics, DiagnosticCodes.BadTemplate, $"'{{{{ {inner} }}}}': '{binding}' is {what}; write {{{{ {binding}.<field> }}}}{Suggest.DidYouMean(field, fields)}", hole.Index);
                continue;
            }

            parts.Add((string.Empty, binding, field));
        }

        parts.Add((text[last..], null, null));
        var stray = text.IndexOf("{{", last, StringComparison.Ordinal);
        if (stray >= 0)
        {
            source.Error(diagnostics, DiagnosticCodes.BadTemplate, "'{{' is not closed by '}}'", stray);
        }

        return diagnostics.ErrorCount > errors ? null : new Template(parts);
    }

    /// <summary>A template with no holes.</summary>
    public static Template Literal(string text) => new([(text, null, null)]);

    /// <summary>The text with each hole replaced by the bound fact's field (formatted invariantly).</summary>
    public string Render(IReadOnlyDictionary<string, object> bindings, FactSchema schema)
    {
        var text = new StringBuilder();
        foreach (var (literal, binding, field) in _parts)
        {
            text.Append(literal);
            if (binding is null)
            {
                continue;
            }

            var bound = bindings[binding];
            text.Append(bound is IReadOnlyCollection<object> list ? FactValues.Format(list.Count) : FactValues.Format(schema.FieldValue(bound, field!)));
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\{\{([^{}]*)\}\}")]
    private static partial Regex Hole();
}
