using System.Globalization;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Compiles a condition written by a rule author into a typed lambda with System.Linq.Dynamic.Core, behind the
/// pre-check (names, length, nesting), with its defaults tightened (no <c>new</c>, case-sensitive, no indexer
/// fallback) and the allow-list walk after it. Every failure is a positioned diagnostic.
/// </summary>
internal sealed class ExpressionCompiler
{
    private readonly FactSchema _schema;
    private readonly ParsingConfig _config;
    private readonly AllowList _allowList;
    private readonly EnumLiteralCheck _enumCheck;
    private readonly LiteralComparisons _comparisons = new();
    private readonly List<LiteralUse> _literalUses = [];

    /// <summary>Creates a compiler for the types of <paramref name="schema"/>.</summary>
    public ExpressionCompiler(FactSchema schema)
    {
        _schema = schema;
        _config = new ParsingConfig
        {
            DisallowNewKeyword = true,
            IsCaseSensitive = true,
            AreContextKeywordsEnabled = false,
            AllowNewToEvaluateAnyType = false,
            DisableMemberAccessToIndexAccessorFallback = true,
            PrioritizePropertyOrFieldOverTheType = true,
            NumberParseCulture = CultureInfo.InvariantCulture,

            // Both defaults reflect over whole assemblies on the first parse (about 100 ms of a cold start) to offer
            // types that a condition may not use anyway.
            SupportEnumerationsFromSystemNamespace = false,
            CustomTypeProvider = new NoCustomTypes(),
        };
        _allowList = new AllowList(schema.IsRuntimeType);
        _enumCheck = new EnumLiteralCheck(m => m.Member.DeclaringType is { } t ? _schema.SpecOf(t)?.Field(m.Member.Name) : null);
    }

    /// <summary>
    /// The literals compiled conditions compared with an id whose values are known only after loading (option,
    /// risk, trade-off, rule and fact ids), for <see cref="KnownValueCheck"/>.
    /// </summary>
    public IReadOnlyList<LiteralUse> LiteralUses => _literalUses;

    /// <summary>Compiles one boolean condition, or returns null after reporting why it is invalid.</summary>
    public CompiledCondition? Compile(ExpressionSource source, ExpressionScope scope, DiagnosticBag diagnostics)
    {
        var prepared = ExpressionPrecheck.Run(source, scope, diagnostics);
        if (prepared is null)
        {
            return null;
        }

        var externals = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var binding in scope.Bindings)
        {
            externals[binding.Name] = binding.Parameter;
        }

        if (scope.IsHaving)
        {
            externals["count"] = Expression.Property(scope.Candidate.Parameter, typeof(IReadOnlyCollection<object>).GetProperty("Count")!);
        }

        var (text, dates) = prepared.Value;
        Expression body;
        try
        {
            body = DynamicExpressionParser.ParseLambda(_config, false, [scope.Candidate.Parameter], null, text, [.. dates, externals]).Body;
        }
        catch (ParseException ex)
        {
            var code = ex.Message.Contains("incompatible", StringComparison.Ordinal) ? DiagnosticCodes.ExprType : DiagnosticCodes.ExprSyntax;
            source.Error(diagnostics, code, Friendly(ex.Message), ex.Position);
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // The parser builds some operators without a position (e.g. `name == 3`): find the operator ourselves.
            var (message, at) = Mismatch(ex.Message, source.Text);
            source.Error(diagnostics, DiagnosticCodes.ExprType, message, at);
            return null;
        }
        catch (NotSupportedException)
        {
            // The parser accepts '?.' but refuses to build it into an expression tree.
            var at = source.Text.IndexOf("?.", StringComparison.Ordinal);
            source.Error(diagnostics, DiagnosticCodes.ExprNotAllowed, "'?.' (null propagation) is not supported in conditions: test for null with '== null' instead", Math.Max(at, 0));
            return null;
        }
        catch (FormatException ex)
        {
            // Comparing a bool with a string makes the parser convert the text with a TypeConverter, which throws.
            var (message, at) = Conversion(ex.Message, source.Text) ?? ($"type mismatch: {Friendly(ex.Message)}", 0);
            source.Error(diagnostics, DiagnosticCodes.ExprType, message, at);
            return null;
        }
        catch (ArgumentException ex)
        {
            // A number compared with text fails the same conversion, but as an ArgumentException.
            var (message, at) = Conversion(ex.Message, source.Text) ?? Ordering(ex.Message, source.Text) ?? (Friendly(ex.Message), 0);
            source.Error(diagnostics, DiagnosticCodes.ExprType, message, at);
            return null;
        }

        if (body.Type != typeof(bool))
        {
            source.Error(diagnostics, DiagnosticCodes.ExprNotBool, $"a condition must be true or false, but this is {TypeWords.Describe(body.Type, _schema)}", 0);
            return null;
        }

        if (_allowList.Check(body) is { } refusal)
        {
            source.Error(diagnostics, DiagnosticCodes.ExprNotAllowed, refusal, 0);
            return null;
        }

        var ok = true;
        foreach (var (field, literal) in _enumCheck.Find(body))
        {
            var at = source.Text.IndexOf("\"" + literal + "\"", StringComparison.Ordinal);
            source.Error(diagnostics, DiagnosticCodes.ExprEnumValue, $"\"{literal}\" is not a value of field '{field.Name}'; expected one of {string.Join(", ", field.Values)}{Suggest.DidYouMean(literal, field.Values)}", Math.Max(0, at));
            ok = false;
        }

        if (!ok || !ConditionHazards.Report(body, source, _schema, diagnostics))
        {
            return null;
        }

        RecordLiteralUses(source, body);

        var used = ParameterCollector.Collect(body);
        var parameters = new List<ParameterExpression> { scope.Candidate.Parameter };
        parameters.AddRange(scope.Bindings.Select(b => b.Parameter).Where(used.Contains));
        return new CompiledCondition(source.Text, Expression.Lambda(body, parameters));
    }

    private void RecordLiteralUses(ExpressionSource source, Expression body)
    {
        foreach (var comparison in _comparisons.Find(body))
        {
            var member = comparison.Member.Member;
            if (member.DeclaringType is { } owner && _schema.SpecOf(owner) is { } spec && KnownValueCheck.IsChecked(spec.Name, member.Name))
            {
                var (line, column) = source.At(Math.Max(0, source.Text.IndexOf("\"" + comparison.Literal + "\"", StringComparison.Ordinal)));
                _literalUses.Add(new LiteralUse(spec.Name, member.Name, comparison.Literal, source.Node.File, line, column));
            }
        }
    }

    // The parser's "Operator '==' incompatible with operand types 'X' and 'Y'" reads like the mismatches we word
    // ourselves; any other message keeps its text with the types named in the rule language.
    private string Friendly(string message)
    {
        var operands = System.Text.RegularExpressions.Regex.Match(message, "^Operator '(?<op>[^']+)' incompatible with operand types? ");
        return operands.Success
            ? $"type mismatch: '{operands.Groups["op"].Value}' cannot compare or combine{Sides(message)}"
            : TypeWords.Replace(message, _schema).TrimEnd('.');
    }

    private (string Message, int At)? Conversion(string message, string text)
    {
        var literal = System.Text.RegularExpressions.Regex.Match(message, "^(.*) is not a valid value for ([A-Za-z0-9]+)").Groups;
        if (!literal[1].Success)
        {
            return null;
        }

        var at = text.IndexOf("\"" + literal[1].Value + "\"", StringComparison.Ordinal);
        return ($"type mismatch: \"{literal[1].Value}\" is not {TypeWords.Replace($"'{literal[2].Value}'", _schema)}", Math.Max(0, at));
    }

    // Ordering text against another type makes the parser look for a Compare method, and report that it is missing.
    private (string Message, int At)? Ordering(string message, string text)
    {
        if (!message.StartsWith("Method 'Compare' not found on type ", StringComparison.Ordinal))
        {
            return null;
        }

        var sides = Sides(message);
        var (op, at) = new[] { ">=", "<=", ">", "<" }
            .Select(o => (Op: o, At: text.IndexOf(o, StringComparison.Ordinal)))
            .Where(o => o.At >= 0)
            .OrderBy(o => o.At)
            .FirstOrDefault(("<", 0));
        return ($"type mismatch: '{op}' cannot compare or combine{sides}", at);
    }

    private (string Message, int At) Mismatch(string message, string text)
    {
        string[][] operators =
        [
            ["Equal", "=="], ["NotEqual", "!="], ["GreaterThanOrEqual", ">="], ["LessThanOrEqual", "<="],
            ["GreaterThan", ">"], ["LessThan", "<"], ["AndAlso", "&&"], ["OrElse", "||"], ["Add", "+"],
            ["Subtract", "-"], ["Multiply", "*"], ["Divide", "/"], ["Modulo", "%"],
        ];
        foreach (var pair in operators)
        {
            if (message.Contains($"operator {pair[0]} ", StringComparison.Ordinal))
            {
                var at = Math.Max(0, text.IndexOf(pair[1], StringComparison.Ordinal));
                return ($"type mismatch: '{pair[1]}' cannot compare or combine{Sides(message)}", at);
            }
        }

        return ($"type mismatch: {Friendly(message)}", 0);
    }

    // " text and a number" from the two types a parser message names, or nothing when it does not name two.
    private string Sides(string message)
    {
        var types = TypeWords.QuotedTypes(message, _schema);
        return types.Count == 2 ? $" {types[0]} and {types[1]}" : string.Empty;
    }
}
