using System.Text;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Checks an expression's names before parsing, where exact positions are still known: every bare name must be
/// a field of the candidate, a binding, a literal keyword, <c>count</c> in <c>having</c> or <c>Math</c>; every
/// member must be a schema field or on the allow-list. Also bounds length and nesting (deep nesting would
/// overflow the parser's stack, which cannot be caught) and turns <c>date("yyyy-mm-dd")</c> into a parameter.
/// </summary>
internal static class ExpressionPrecheck
{
    /// <summary>Longest expression accepted, in characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>Deepest nesting of brackets accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>Members that may follow a dot (besides schema fields after a binding).</summary>
    public static readonly IReadOnlyList<string> AllowedMembers = ["Contains", "StartsWith", "EndsWith", "AddDays", "Days", "Count"];

    /// <summary>Functions that may follow <c>Math.</c>.</summary>
    public static readonly IReadOnlyList<string> MathFunctions = ["Min", "Max", "Abs"];

    /// <summary>The text to parse (date literals replaced, same length) and the date values, or null after diagnostics.</summary>
    public static (string Text, IReadOnlyList<object> Dates)? Run(ExpressionSource source, ExpressionScope scope, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        if (text.Length > MaxLength)
        {
            source.Error(diagnostics, DiagnosticCodes.ExprTooComplex, $"expression is {text.Length} characters long; the limit is {MaxLength}: split it into several 'where' lines", 0);
            return null;
        }

        var tokens = ExpressionLexer.Tokenize(text, out var unclosed);
        if (tokens is null)
        {
            source.Error(diagnostics, DiagnosticCodes.ExprSyntax, "text literal is not closed: add the missing quote", unclosed);
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            source.Error(diagnostics, DiagnosticCodes.ExprSyntax, "condition is empty", 0);
            return null;
        }

        var errors = diagnostics.ErrorCount;
        if (!CheckDepth(source, tokens, diagnostics))
        {
            return null;
        }

        var rewritten = new StringBuilder(text);
        var dates = new List<object>();
        // One error per expression: after the first, the rest of the text is usually noise about the same mistake.
        for (var i = 0; i < tokens.Count && diagnostics.ErrorCount == errors; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Char)
            {
                source.Error(diagnostics, DiagnosticCodes.ExprSyntax, $"write text in double quotes: \"{token.Text[1..^1]}\"", token.Start);
            }
            else if (token.Is("[") || token.Is("=>"))
            {
                source.Error(diagnostics, DiagnosticCodes.ExprNotAllowed, $"'{token.Text}' is not allowed in conditions (no indexing, no lambdas)", token.Start);
            }
            else if (token.Kind == TokenKind.Identifier && string.Equals(token.Text, "date", StringComparison.Ordinal) && Next(tokens, i, 1).Is("("))
            {
                i = DateLiteral(source, tokens, i, rewritten, dates, diagnostics);
            }
            else if (token.Kind == TokenKind.Identifier)
            {
                var afterDot = i > 0 && tokens[i - 1].Is(".");
                if (afterDot)
                {
                    CheckMember(source, scope, tokens, i, diagnostics);
                }
                else
                {
                    CheckName(source, scope, tokens, i, diagnostics);
                }
            }
        }

        return diagnostics.ErrorCount > errors ? null : (rewritten.ToString(), dates);
    }

    private static bool CheckDepth(ExpressionSource source, IReadOnlyList<ExpressionToken> tokens, DiagnosticBag diagnostics)
    {
        var depth = 0;
        foreach (var token in tokens)
        {
            if (token.Is("(") || token.Is("[") || token.Is("{"))
            {
                if (++depth > MaxDepth)
                {
                    source.Error(diagnostics, DiagnosticCodes.ExprTooComplex, $"brackets are nested more than {MaxDepth} deep", token.Start);
                    return false;
                }
            }
            else if (token.Is(")") || token.Is("]") || token.Is("}"))
            {
                depth--;
            }
        }

        return true;
    }

    private static int DateLiteral(ExpressionSource source, IReadOnlyList<ExpressionToken> tokens, int i, StringBuilder rewritten, List<object> dates, DiagnosticBag diagnostics)
    {
        var literal = Next(tokens, i, 2);
        var close = Next(tokens, i, 3);
        if (literal.Kind != TokenKind.String || !close.Is(")"))
        {
            source.Error(diagnostics, DiagnosticCodes.ExprDate, "write a date as date(\"yyyy-mm-dd\")", tokens[i].Start);
            return i + 1;
        }

        if (!YamlReading.TryParseDate(literal.Text[1..^1], out var date))
        {
            source.Error(diagnostics, DiagnosticCodes.ExprDate, $"{literal.Text} is not a date written \"yyyy-mm-dd\"", literal.Start);
            return i + 3;
        }

        // Same length as the literal, so parser positions still point into the author's text.
        var start = tokens[i].Start;
        var placeholder = ("@" + dates.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).PadRight(close.End - start);
        rewritten.Remove(start, close.End - start).Insert(start, placeholder);
        dates.Add(date);
        return i + 3;
    }

    private static void CheckMember(ExpressionSource source, ExpressionScope scope, IReadOnlyList<ExpressionToken> tokens, int i, DiagnosticBag diagnostics)
    {
        var name = tokens[i].Text;
        var owner = i >= 2 && tokens[i - 2].Kind == TokenKind.Identifier && !(i >= 3 && tokens[i - 3].Is(".")) ? tokens[i - 2].Text : null;
        var binding = owner is null ? null : scope.Find(owner);
        if (binding?.Spec is { } spec)
        {
            if (spec.Field(name) is null && Next(tokens, i, 1).Is("("))
            {
                source.Error(diagnostics, DiagnosticCodes.ExprNotAllowed, $"'{name}' is not allowed in conditions; a fact offers only its fields", tokens[i].Start);
            }
            else if (!string.Equals(name, "id", StringComparison.Ordinal) && spec.Field(name) is null)
            {
                var fields = spec.Fields.Select(f => f.Name).Append("id");
                source.Error(diagnostics, DiagnosticCodes.ExprUnknownField, $"unknown field '{name}' on {spec.Name} (bound as '{owner}'){Suggest.DidYouMean(name, fields)}", tokens[i].Start);
            }

            return;
        }

        if (string.Equals(owner, "Math", StringComparison.Ordinal))
        {
            if (!MathFunctions.Contains(name))
            {
                source.Error(diagnostics, DiagnosticCodes.ExprNotAllowed, $"'Math.{name}' is not allowed; use Math.Min, Math.Max or Math.Abs", tokens[i].Start);
            }

            return;
        }

        if (!AllowedMembers.Contains(name))
        {
            source.Error(diagnostics, DiagnosticCodes.ExprNotAllowed, $"'{name}' is not allowed in conditions; after a dot only a field or one of {string.Join(", ", AllowedMembers)} may follow", tokens[i].Start);
        }
    }

    private static void CheckName(ExpressionSource source, ExpressionScope scope, IReadOnlyList<ExpressionToken> tokens, int i, DiagnosticBag diagnostics)
    {
        var name = tokens[i].Text;
        var spec = scope.IsHaving ? null : scope.Candidate.Spec;
        if (name is "true" or "false" or "null"
            || scope.Find(name) is not null
            || (spec is not null && (name == "id" || spec.Field(name) is not null))
            || (scope.IsHaving && name == "count")
            || (name == "Math" && Next(tokens, i, 1).Is(".")))
        {
            return;
        }

        var at = tokens[i].Start;
        if (scope.Later.TryGetValue(name, out var line))
        {
            source.Error(diagnostics, DiagnosticCodes.ExprBindingOrder, $"binding '{name}' is used before it is bound (line {line} binds it); move that premise up", at);
        }
        else if (name == "new")
        {
            source.Error(diagnostics, DiagnosticCodes.ExprNotAllowed, "creating objects with 'new' is not allowed in conditions", at);
        }
        else if (char.IsUpper(name[0]) || name[0] == '@')
        {
            source.Error(diagnostics, DiagnosticCodes.ExprNotAllowed, $"'{name}' is not available in conditions: use fields, bindings, literals, date(\"yyyy-mm-dd\") and Math.Min/Max/Abs", at);
        }
        else if (spec is not null)
        {
            var candidates = spec.Fields.Select(f => f.Name).Append("id").Concat(scope.Bindings.Select(b => b.Name));
            source.Error(diagnostics, DiagnosticCodes.ExprUnknownField, $"unknown field '{name}' on {spec.Name}{Suggest.DidYouMean(name, candidates)}", at);
        }
        else
        {
            var candidates = scope.Bindings.Select(b => b.Name).Append("count");
            source.Error(diagnostics, DiagnosticCodes.ExprUnknownName, $"unknown name '{name}'; 'having' sees 'count' and earlier bindings{Suggest.DidYouMean(name, candidates)}", at);
        }
    }

    private static ExpressionToken Next(IReadOnlyList<ExpressionToken> tokens, int i, int ahead) =>
        i + ahead < tokens.Count ? tokens[i + ahead] : new ExpressionToken(TokenKind.Symbol, string.Empty, tokens[^1].End);
}
