using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Expressions;

public sealed class ExpressionCompilerTests
{
    private readonly ExpressionHarness _harness = new();

    private static Dictionary<string, object?> Agreement(string status = "initialled", string signedOn = "2025-09-01", double weight = 0.7, bool met = false) => new()
    {
        ["status"] = status,
        ["signed_on"] = DateTime.Parse(signedOn, System.Globalization.CultureInfo.InvariantCulture),
        ["parties"] = new[] { "Armenia", "Azerbaijan" },
        ["weight"] = weight,
        ["met"] = met,
        ["subject"] = "constitution",
    };

    [Theory]
    [InlineData("status == \"initialled\"", true)]
    [InlineData("status != \"initialled\"", false)]
    [InlineData("weight > 0.5 && !met", true)]
    [InlineData("Math.Max(weight, 0.9) >= 0.9 && Math.Abs(-weight) == weight && Math.Min(1, 2) == 1", true)]
    [InlineData("signed_on > date(\"2025-01-01\")", true)]
    [InlineData("signed_on.AddDays(30) > date(\"2025-10-15\")", false)]
    [InlineData("(signed_on - date(\"2025-08-08\")).Days == 24", true)]
    [InlineData("parties.Contains(\"Armenia\") && parties.Count == 2", true)]
    [InlineData("subject.Contains(\"stitu\") && subject.StartsWith(\"con\") && subject.EndsWith(\"tion\")", true)]
    [InlineData("demand.subject == subject", true)]
    [InlineData("id == \"agreement\" && demand.id == \"demand\"", true)]
    [InlineData("weight * 2 > 1 ? !met : met", true)]
    public void Evaluate_AllowedExpression_GivesTheExpectedValue(string text, bool expected)
    {
        Assert.Equal(expected, _harness.Evaluate(text, Agreement()));
    }

    [Fact]
    public void Compile_JoinOnEarlierBinding_DeclaresCandidateThenBinding()
    {
        var (condition, _) = _harness.Where("demand.subject == subject");

        Assert.Equal(["agreement", "demand"], condition!.Declarations);
    }

    [Fact]
    public void Compile_CandidateOnly_DeclaresOnlyTheCandidate()
    {
        var (condition, _) = _harness.Where("met");

        Assert.Equal(["agreement"], condition!.Declarations);
    }

    [Fact]
    public void Compile_TypeMismatchWithoutParserPosition_PositionedAtTheOperator()
    {
        var error = _harness.Refused("status == 3");

        Assert.Equal((DiagnosticCodes.ExprType, "type mismatch: '==' cannot compare or combine text and a number", 3, 23), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Compile_BoolComparedWithText_TypeErrorAtTheText()
    {
        // Found by RuleFileFuzzTests: the parser converts the text with a TypeConverter, which threw FormatException.
        var error = _harness.Refused("met == \"signed\"");

        Assert.Equal((DiagnosticCodes.ExprType, "type mismatch: \"signed\" is not true/false"), (error.Code, error.Message));
        Assert.Equal(23, error.Column); // the opening quote, 7 characters into the condition
    }

    [Fact]
    public void Compile_UnknownField_SuggestsTheClosest()
    {
        var error = _harness.Refused("statsu == \"signed\"");

        Assert.Equal((DiagnosticCodes.ExprUnknownField, "unknown field 'statsu' on Agreement (did you mean 'status'?)", 16), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_UnknownFieldOfBinding_NamesTheBinding()
    {
        var error = _harness.Refused("demand.subjct == subject");

        Assert.Equal((DiagnosticCodes.ExprUnknownField, "unknown field 'subjct' on Precondition (bound as 'demand') (did you mean 'subject'?)", 23), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_EnumLiteralNotInValues_RefusedAtTheLiteral()
    {
        var error = _harness.Refused("met || status == \"sgined\"");

        Assert.Equal((DiagnosticCodes.ExprEnumValue, "\"sgined\" is not a value of field 'status'; expected one of negotiating, initialled, signed (did you mean 'signed'?)", 33), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_BindingUsedBeforeBound_SaysWhereItIsBound()
    {
        var error = _harness.Refused("later.subject == subject");

        Assert.Equal((DiagnosticCodes.ExprBindingOrder, "binding 'later' is used before it is bound (line 9 binds it); move that premise up", 16), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_NotBoolean_Refused()
    {
        var error = _harness.Refused("weight + 1");

        Assert.Equal((DiagnosticCodes.ExprNotBool, "a condition must be true or false, but this is a number"), (error.Code, error.Message));
    }

    [Fact]
    public void Compile_InvalidDate_RefusedAtTheLiteral()
    {
        var error = _harness.Refused("signed_on > date(\"2025-13-01\")");

        Assert.Equal((DiagnosticCodes.ExprDate, "\"2025-13-01\" is not a date written \"yyyy-mm-dd\"", 33), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_SingleQuotedText_AsksForDoubleQuotes()
    {
        var error = _harness.Refused("status == 'signed'");

        Assert.Equal((DiagnosticCodes.ExprSyntax, "write text in double quotes: \"signed\"", 26), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_SyntaxError_PositionedByTheParser()
    {
        var error = _harness.Refused("met &&");

        Assert.Equal(DiagnosticCodes.ExprSyntax, error.Code);
        Assert.Equal(22, error.Column);
    }

    [Fact]
    public void Compile_UnclosedText_Refused()
    {
        var error = _harness.Refused("status == \"signed");

        Assert.Equal((DiagnosticCodes.ExprSyntax, "text literal is not closed: add the missing quote", 26), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Having_CountAgainstNumber_EvaluatesOverTheCollection()
    {
        var (condition, diagnostics) = _harness.Having("count >= 2");

        Assert.Empty(diagnostics);
        Assert.True(condition!.Evaluate(new object[] { 1, 2 }, new Dictionary<string, object>()));
        Assert.False(condition.Evaluate(new object[] { 1 }, new Dictionary<string, object>()));
    }

    [Fact]
    public void Having_FieldName_RefusedAsUnknownName()
    {
        var (condition, diagnostics) = _harness.Having("met");

        Assert.Null(condition);
        Assert.Equal("unknown name 'met'; 'having' sees 'count' and earlier bindings", Assert.Single(diagnostics).Message);
    }
}
