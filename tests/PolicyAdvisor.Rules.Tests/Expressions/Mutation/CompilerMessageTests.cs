using System.Linq.Expressions;
using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Expressions.Mutation;

/// <summary>
/// The compiler's messages where the parser gives no position or names our types: ordering of true/false, fact
/// types on either side, the allow-list reached from text, and enum literals in lists and repeated text.
/// </summary>
public sealed class CompilerMessageTests
{
    private const int Column = 16;

    // An Agreement with a list of enum values, the one shape whose Contains is checked against the values.
    private const string EnumListSchema = """
        types:
          Agreement:
            description: d
            fields:
              status: { type: enum, values: [negotiating, signed], description: d }
              stages: { type: list, items: enum, values: [drafted, tabled], description: d }
          Precondition:
            description: d
            fields:
              subject: { type: string, description: d }
        """;

    private readonly ExpressionHarness _harness = new();

    [Theory]
    [InlineData("met > true", ">")]
    [InlineData("met >= met", ">=")]
    [InlineData("met < met", "<")]
    [InlineData("met <= met", "<=")]
    public void Compile_TrueFalseOrdered_MismatchAtTheOperator(string text, string op)
    {
        // Arrange, Act: the parser builds these operators without a position.
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprType, $"type mismatch: '{op}' cannot compare or combine true/false and true/false", Column + 4), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("signed_on - signed_on > 3", "'>' cannot compare or combine a length of time (a date minus a date; use .Days) and a number")]
    [InlineData("parties == 3", "'==' cannot compare or combine a list and a number")]
    public void Compile_MismatchOfOtherValues_NamesThemInRuleWordsNeverDotNet(string text, string message)
    {
        // Arrange, Act
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprType, "type mismatch: " + message), (error.Code, error.Message));
        Assert.DoesNotMatch("TimeSpan|FactList|`1|System\\.", error.Message);
    }

    [Fact]
    public void Compile_FactComparedWithNumber_MismatchNamesTheFactAndTheNumber()
    {
        // Arrange, Act: one side is a schema class, which is named as the fact type it is, never by its .NET name.
        var error = _harness.Refused("agreement == 1");

        // Assert
        Assert.Equal((DiagnosticCodes.ExprType, "type mismatch: '==' cannot compare or combine an Agreement fact and a number", Column + 10), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_TwoFactTypes_NamedAsInTheSchema()
    {
        // Arrange, Act
        var error = _harness.Refused("agreement == demand");

        // Assert
        Assert.Equal((DiagnosticCodes.ExprType, "type mismatch: '==' cannot compare or combine an Agreement fact and a Precondition fact", Column + 10), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_EnumerableCallOnText_RefusedByTheAllowListAtTheStart()
    {
        // Arrange, Act: 'Count' may follow a dot, but on text it is the LINQ extension, which only the walk sees.
        var error = _harness.Refused("subject.Count() > 0");

        // Assert
        Assert.Equal((DiagnosticCodes.ExprNotAllowed, "calling 'Count' is not allowed in conditions", Column), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("weight == \"x\"", "x")]
    [InlineData("weight == \"\"", "")]
    public void Compile_NumberComparedWithText_TypeErrorAtTheText(string text, string literal)
    {
        // Arrange, Act: the parser's conversion fails here with an ArgumentException, not a FormatException.
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprType, $"type mismatch: \"{literal}\" is not a number", Column + 10), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("subject >= 3", ">=", 8)]
    [InlineData("met && subject < 3", "<", 15)]
    [InlineData("3 > subject", ">", 2)]
    public void Compile_TextOrderedAgainstNumber_TypeMismatchAtTheOperator(string text, string op, int offset)
    {
        // Arrange, Act: text first, the parser reports a missing String.Compare; number first, a missing operator.
        // Either way authors read the same words: which operator, which kinds, placed at the operator.
        var error = _harness.Refused(text);

        // Assert
        var sides = text.StartsWith('3') ? "a number and text" : "text and a number";
        Assert.Equal((DiagnosticCodes.ExprType, $"type mismatch: '{op}' cannot compare or combine {sides}", Column + offset), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_TextLiteralRepeatedInLongerText_TypeErrorAtTheOffendingLiteral()
    {
        // Arrange, Act: "yes" also starts "yesno", which comes first.
        var error = _harness.Refused("subject == \"yesno\" || met == \"yes\"");

        // Assert
        Assert.Equal((DiagnosticCodes.ExprType, "type mismatch: \"yes\" is not true/false", Column + 29), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_EnumLiteralRepeatedInLongerText_RefusedAtTheOffendingLiteral()
    {
        // Arrange, Act
        var error = _harness.Refused("subject == \"sginedX\" || status == \"sgined\"");

        // Assert
        Assert.Equal(
            (DiagnosticCodes.ExprEnumValue, "\"sgined\" is not a value of field 'status'; expected one of negotiating, initialled, signed (did you mean 'signed'?)", Column + 34),
            (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_EnumListContainsUnknownValue_RefusedAtTheLiteral()
    {
        // Arrange
        var harness = new ExpressionHarness(EnumListSchema);

        // Act
        var (good, goodDiagnostics) = harness.Where("stages.Contains(\"tabled\")");
        var (bad, badDiagnostics) = harness.Where("stages.Contains(\"tabeld\")");

        // Assert
        Assert.Empty(goodDiagnostics);
        Assert.NotNull(good);
        Assert.Null(bad);
        var error = Assert.Single(badDiagnostics);
        Assert.Equal(
            (DiagnosticCodes.ExprEnumValue, "\"tabeld\" is not a value of field 'stages'; expected one of drafted, tabled (did you mean 'tabled'?)", Column + 16),
            (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_GoodConditionAfterBadEnumLiteral_CompilesClean()
    {
        // Arrange
        _harness.Refused("status == \"sgined\"");

        // Act: the same compiler, so nothing of the first check may linger.
        var (condition, diagnostics) = _harness.Where("status == \"signed\"");

        // Assert
        Assert.Empty(diagnostics);
        Assert.NotNull(condition);
    }

    [Fact]
    public void EnumLiteralCheck_OnlyContainsTestsMembership()
    {
        // Arrange
        var stages = new FieldSpec("stages", FieldKind.List, FieldKind.Enum, ["drafted", "tabled"], "d", 0);
        var check = new EnumLiteralCheck(_ => stages);
        var list = Expression.Property(Expression.Parameter(typeof(Holder), "agreement"), nameof(Holder.Stages));
        var literal = Expression.Constant("tabeld");
        var contains = Expression.Call(list, typeof(List<string>).GetMethod(nameof(List<string>.Contains))!, literal);
        var indexOf = Expression.Call(list, typeof(List<string>).GetMethod(nameof(List<string>.IndexOf), [typeof(string)])!, literal);

        // Act
        var fromContains = check.Find(contains).ToArray();
        var fromIndexOf = check.Find(indexOf).ToArray();

        // Assert
        Assert.Equal([(stages, "tabeld")], fromContains);
        Assert.Empty(fromIndexOf);
    }

    private sealed class Holder
    {
        public List<string> Stages { get; } = [];
    }
}
