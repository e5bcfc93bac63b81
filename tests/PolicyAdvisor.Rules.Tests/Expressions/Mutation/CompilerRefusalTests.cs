using System.Linq.Expressions;
using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Expressions.Mutation;

/// <summary>
/// What the compiler says after the pre-check: type mismatches per operator, result kinds, the allow-list walk on
/// trees built directly, enum literals in lists, and how compiled conditions treat missing bindings.
/// </summary>
public sealed class CompilerRefusalTests
{
    private const int Column = 16;

    private readonly ExpressionHarness _harness = new();

    [Fact]
    public void Compile_OperatorBuiltWithoutPosition_MismatchAtTheOperator()
    {
        // Arrange, Act
        var error = _harness.Refused("status != 3");

        // Assert
        Assert.Equal((DiagnosticCodes.ExprType, "type mismatch: '!=' cannot compare or combine text and a number", Column + 7), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("met == 1", "type mismatch: '==' cannot compare or combine true/false and a number", 4)]
    [InlineData("signed_on >= 1", "type mismatch: '>=' cannot compare or combine a date and a number", 10)]
    [InlineData("weight < subject", "type mismatch: '<' cannot compare or combine a number and text", 7)]
    public void Compile_ParserMismatch_UsesAuthorWordsForTypes(string text, string message, int offset)
    {
        // Arrange, Act
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprType, message, Column + offset), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("subject", "text")]
    [InlineData("signed_on", "a date")]
    [InlineData("weight", "a number")]
    [InlineData("parties", "a list of text")]
    [InlineData("1L", "a number")]
    [InlineData("1F", "a number")]
    [InlineData("1M", "a number")]
    [InlineData("met ? 1 : null", "a number")]
    public void Compile_NotBoolean_NamesTheKind(string text, string kind)
    {
        // Arrange, Act
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprNotBool, $"a condition must be true or false, but this is {kind}", Column), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_ParserError_UsesAuthorWordsForTypes()
    {
        // Arrange, Act
        var error = _harness.Refused("subject.Contains(1)");

        // Assert
        Assert.DoesNotContain("'String'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'Int32'", error.Message, StringComparison.Ordinal);
        Assert.False(error.Message.EndsWith('.'));
    }

    [Fact]
    public void Compile_EnumLiteralInListContains_NotChecked()
    {
        // Arrange, Act: parties is a list of text, not of an enum, so any literal may be tested.
        var (condition, diagnostics) = _harness.Where("parties.Contains(\"Nowhere\")");

        // Assert
        Assert.Empty(diagnostics);
        Assert.NotNull(condition);
    }

    [Fact]
    public void Compile_EnumLiteralOnTheLeft_Refused()
    {
        // Arrange, Act
        var error = _harness.Refused("\"sined\" != status");

        // Assert
        Assert.Equal((DiagnosticCodes.ExprEnumValue, "\"sined\" is not a value of field 'status'; expected one of negotiating, initialled, signed (did you mean 'signed'?)", Column),
            (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_EnumFieldContainsSubstring_NotAnEnumCheck()
    {
        // Arrange, Act: Contains on a single enum value is a substring test, which any text may be.
        var (condition, diagnostics) = _harness.Where("status.Contains(\"ign\")");

        // Assert
        Assert.Empty(diagnostics);
        Assert.NotNull(condition);
    }

    [Fact]
    public void Evaluate_MissingOrIllTypedBinding_False()
    {
        // Arrange
        var (condition, _) = _harness.Where("demand.subject == subject");
        var agreement = _harness.Schema.CreateFact("Agreement", "agreement", new Dictionary<string, object?> { ["subject"] = "x" });
        var demand = _harness.Schema.CreateFact("Precondition", "demand", new Dictionary<string, object?> { ["subject"] = "x" });

        // Act and Assert
        Assert.True(condition!.Evaluate(agreement, new Dictionary<string, object> { ["demand"] = demand }));
        Assert.False(condition.Evaluate(agreement, new Dictionary<string, object>()));
        Assert.False(condition.Evaluate(agreement, new Dictionary<string, object> { ["demand"] = agreement }));
        Assert.False(condition.Evaluate(demand, new Dictionary<string, object> { ["demand"] = demand }));
        Assert.Equal("demand.subject == subject", condition.Text);
    }

    [Fact]
    public void Evaluate_Lambda_CandidateFirstThenBindingsRead()
    {
        // Arrange, Act
        var (condition, _) = _harness.Where("demand.subject == subject && met");

        // Assert
        Assert.Equal(["agreement", "demand"], condition!.Lambda.Parameters.Select(p => p.Name));
        Assert.Equal(typeof(bool), condition.Lambda.ReturnType);
    }

    [Fact]
    public void AllowList_ConversionToObject_Refused()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var tree = Expression.NotEqual(Expression.Convert(Expression.Constant(1), typeof(object)), Expression.Constant(null));

        // Act and Assert
        Assert.Equal("converting to any value is not allowed", allowList.Check(tree));
    }

    [Fact]
    public void AllowList_ConversionToNullableNumber_Allowed()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var tree = Expression.Equal(Expression.Convert(Expression.Constant(1), typeof(int?)), Expression.Constant(1, typeof(int?)));

        // Act and Assert
        Assert.Null(allowList.Check(tree));
    }

    [Fact]
    public void AllowList_ConstantOfOtherType_Refused()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var tree = Expression.Equal(Expression.Constant('a'), Expression.Constant('a'));

        // Act and Assert
        Assert.Equal("a constant that is a single character is not allowed", allowList.Check(tree));
    }

    [Fact]
    public void AllowList_NullConstant_Allowed()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var tree = Expression.Equal(Expression.Constant(null, typeof(string)), Expression.Constant("x"));

        // Act and Assert
        Assert.Null(allowList.Check(tree));
    }

    [Fact]
    public void AllowList_OperatorMethodOutsideValueTypes_Refused()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var left = Expression.Constant(new Version(1, 0));
        var tree = Expression.Equal(left, Expression.Constant(new Version(1, 0)));

        // Act and Assert
        Assert.Equal("operator method 'op_Equality' is not allowed", allowList.Check(tree));
    }

    [Fact]
    public void AllowList_DecimalAndDateOperators_Allowed()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var decimals = Expression.GreaterThan(Expression.Add(Expression.Constant(1m), Expression.Constant(2m)), Expression.Constant(0m));
        var dates = Expression.LessThan(Expression.Constant(DateTime.MinValue), Expression.Constant(DateTime.MaxValue));
        var text = Expression.Equal(Expression.Constant("a"), Expression.Constant("b"), false, typeof(string).GetMethod("op_Equality", [typeof(string), typeof(string)]));

        // Act and Assert
        Assert.Null(allowList.Check(decimals));
        Assert.Null(allowList.Check(dates));
        Assert.Null(allowList.Check(text));
    }

    [Fact]
    public void AllowList_UnaryOperatorMethod_Refused()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var negate = Expression.Negate(Expression.Constant(1), typeof(Math).GetMethod(nameof(Math.Abs), [typeof(int)]));
        var tree = Expression.Equal(negate, Expression.Constant(1));

        // Act and Assert
        Assert.Equal("operator method 'Abs' is not allowed", allowList.Check(tree));
    }

    [Fact]
    public void AllowList_AllowedCalls_Pass()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var text = Expression.Constant("abc");
        var calls = new Expression[]
        {
            Expression.Call(text, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, Expression.Constant("b")),
            Expression.Call(text, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!, Expression.Constant("a")),
            Expression.Call(text, typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!, Expression.Constant("c")),
            Expression.GreaterThan(Expression.Call(typeof(Math).GetMethod(nameof(Math.Max), [typeof(int), typeof(int)])!, Expression.Constant(1), Expression.Constant(2)), Expression.Constant(0)),
            Expression.LessThan(Expression.Call(Expression.Constant(DateTime.MinValue), typeof(DateTime).GetMethod(nameof(DateTime.AddDays))!, Expression.Constant(1.0)), Expression.Constant(DateTime.MaxValue)),
        };

        // Act and Assert
        Assert.All(calls, call => Assert.Null(allowList.Check(call)));
    }

    [Theory]
    [InlineData(nameof(string.Contains), typeof(char))]
    [InlineData(nameof(string.StartsWith), typeof(char))]
    public void AllowList_TextMethodWithOtherArgument_Refused(string method, Type argument)
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var call = Expression.Call(Expression.Constant("abc"), typeof(string).GetMethod(method, [argument])!, Expression.Constant('a'));

        // Act and Assert
        Assert.Equal($"calling '{method}' on text is not allowed in conditions", allowList.Check(call));
    }

    [Fact]
    public void AllowList_StaticTextMethod_Refused()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var call = Expression.Call(typeof(string).GetMethod(nameof(string.IsNullOrEmpty), [typeof(string)])!, Expression.Constant("a"));

        // Act and Assert
        Assert.Equal("calling 'IsNullOrEmpty' on text is not allowed in conditions", allowList.Check(call));
    }

    [Fact]
    public void AllowList_CountAndDays_AllowedOnlyOnTheirOwners()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var days = Expression.GreaterThan(Expression.Property(Expression.Constant(TimeSpan.Zero), nameof(TimeSpan.Days)), Expression.Constant(0));
        var hours = Expression.GreaterThan(Expression.Property(Expression.Constant(TimeSpan.Zero), nameof(TimeSpan.Hours)), Expression.Constant(0));
        var list = Expression.Parameter(typeof(IReadOnlyList<object>), "items");
        var count = Expression.GreaterThan(Expression.Property(list, typeof(IReadOnlyCollection<object>).GetProperty("Count")!), Expression.Constant(0));
        var length = Expression.GreaterThan(Expression.Property(Expression.Constant("abc"), nameof(string.Length)), Expression.Constant(0));

        // Act and Assert
        Assert.Null(allowList.Check(days));
        Assert.Equal("'Hours' is not allowed in conditions", allowList.Check(hours));
        Assert.Null(allowList.Check(count));
        Assert.Equal("'Length' is not allowed in conditions", allowList.Check(length));
    }

    [Fact]
    public void AllowList_FactListMembers_Allowed()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var list = Expression.Constant(new FactList<string>(["a"]));
        var count = Expression.GreaterThan(Expression.Property(list, nameof(FactList<string>.Count)), Expression.Constant(0));
        var contains = Expression.Call(list, typeof(FactList<string>).GetMethod(nameof(FactList<string>.Contains))!, Expression.Constant("a"));

        // Act and Assert: the list constant itself is refused; the members are not the reason.
        Assert.Equal("a constant that is a list of text is not allowed", allowList.Check(count));
        Assert.Equal("a constant that is a list of text is not allowed", allowList.Check(contains));
    }

    [Fact]
    public void AllowList_MemberOfTheFactBaseClass_Refused()
    {
        // Arrange: the generated class's storage lives in its base class, which conditions must not reach.
        var type = _harness.Schema.RuntimeType("Agreement");
        var allowList = new AllowList(t => t == type);
        var fact = Expression.Parameter(type, "agreement");
        var storage = Expression.Property(fact, "IdValue");
        var field = Expression.Property(fact, "met");

        // Act and Assert
        Assert.Equal("'IdValue' is not allowed in conditions", allowList.Check(storage));
        Assert.Null(allowList.Check(field));
        Assert.Equal("'met' is not allowed in conditions", new AllowList(_ => false).Check(field));
    }

    [Fact]
    public void AllowList_SecondCheck_StartsClean()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        allowList.Check(Expression.Equal(Expression.Constant('a'), Expression.Constant('a')));

        // Act
        var refusal = allowList.Check(Expression.Equal(Expression.Constant(1), Expression.Constant(1)));

        // Assert
        Assert.Null(refusal);
    }

    [Fact]
    public void AllowList_TwoProblems_ReportsTheFirst()
    {
        // Arrange
        var allowList = new AllowList(_ => false);
        var tree = Expression.AndAlso(
            Expression.Equal(Expression.Constant('a'), Expression.Constant('a')),
            Expression.NotEqual(Expression.New(typeof(object)), Expression.Constant(null)));

        // Act and Assert
        Assert.Equal("a constant that is a single character is not allowed", allowList.Check(tree));
    }

    [Theory]
    [InlineData("x.rules.yaml", 4, 9, "abc", true, false, 2, 4, 11)]
    [InlineData("x.rules.yaml", 4, 9, "abc", false, true, 2, 4, 12)]
    [InlineData("x.rules.yaml", 4, 9, "abc", false, false, 2, 4, 9)]
    [InlineData("x.rules.yaml", 4, 9, "a\nbc", true, false, 2, 4, 9)]
    [InlineData("x.rules.yaml", 4, 9, "abc", true, false, 99, 4, 12)]
    [InlineData("x.rules.yaml", 4, 9, "abc", true, false, -5, 4, 9)]
    public void ExpressionSource_At_MapsCharacterToFilePosition(string file, int line, int column, string text, bool plain, bool quoted, int index, int expectedLine, int expectedColumn)
    {
        // Arrange
        var source = ExpressionSource.Of(new YamlScalar(file, line, column, text, plain, quoted));

        // Act
        var at = source.At(index);

        // Assert
        Assert.Equal((expectedLine, expectedColumn), at);
    }
}
