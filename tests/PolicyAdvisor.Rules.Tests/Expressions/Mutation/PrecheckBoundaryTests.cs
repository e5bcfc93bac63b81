using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Expressions.Mutation;

/// <summary>The pre-check's limits at their exact boundaries, and the exact text and position of its refusals.</summary>
public sealed class PrecheckBoundaryTests
{
    // The harness's scalar starts at line 3, column 16: character i of the condition is at column 16 + i.
    private const int Column = 16;

    private readonly ExpressionHarness _harness = new();

    private static Dictionary<string, object?> Agreement() => new()
    {
        ["status"] = "signed",
        ["signed_on"] = new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Unspecified),
        ["parties"] = new[] { "Armenia", "Azerbaijan" },
        ["weight"] = 0.5,
        ["met"] = true,
        ["subject"] = "border",
    };

    [Fact]
    public void Compile_ExactlyMaxLength_Accepted()
    {
        // Arrange
        var text = "met" + new string(' ', ExpressionPrecheck.MaxLength - 3);

        // Act
        var (condition, diagnostics) = _harness.Where(text);

        // Assert
        Assert.Equal(1000, text.Length);
        Assert.Empty(diagnostics);
        Assert.NotNull(condition);
    }

    [Fact]
    public void Compile_OneOverMaxLength_RefusedAtTheStart()
    {
        // Arrange
        var text = "met" + new string(' ', ExpressionPrecheck.MaxLength - 2);

        // Act
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprTooComplex, "expression is 1001 characters long; the limit is 1000: split it into several 'where' lines", 3, Column),
            (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Compile_NestedExactlyMaxDepth_Accepted()
    {
        // Arrange
        var text = new string('(', ExpressionPrecheck.MaxDepth) + "met" + new string(')', ExpressionPrecheck.MaxDepth);

        // Act
        var (condition, diagnostics) = _harness.Where(text);

        // Assert
        Assert.Empty(diagnostics);
        Assert.NotNull(condition);
    }

    [Fact]
    public void Compile_ManyShallowGroups_DepthFallsBackAfterEachClose()
    {
        // Arrange: 40 groups side by side never nest more than two deep.
        var text = string.Join(" && ", Enumerable.Repeat("((met))", 40));

        // Act
        var (condition, diagnostics) = _harness.Where(text);

        // Assert
        Assert.Empty(diagnostics);
        Assert.NotNull(condition);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{")]
    public void Compile_OtherBracketsNestedTooDeep_CountTowardsDepth(string open)
    {
        // Arrange: 32 parentheses and then one more bracket of another kind.
        var text = new string('(', 32) + open + "met";

        // Act
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprTooComplex, "brackets are nested more than 32 deep", Column + 32), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Compile_Blank_RefusedAsEmpty(string text)
    {
        // Arrange and Act
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprSyntax, "condition is empty", Column), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("signed_on > date(2025)", 12)]
    [InlineData("signed_on > date(\"2025-01-01\"", 12)]
    [InlineData("signed_on > date(\"2025-01-01\" || met", 12)]
    [InlineData("met && date(", 7)]
    public void Compile_MalformedDateCall_RefusedAtDate(string text, int offset)
    {
        // Arrange and Act
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprDate, "write a date as date(\"yyyy-mm-dd\")", Column + offset), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("signed_on > date(\"2025-01-01\") && signed_on < date(\"2026-01-01\")", true)]
    [InlineData("signed_on > date(\"2025-10-01\") || signed_on < date(\"2025-08-01\")", false)]
    [InlineData("date(\"2025-09-01\") == signed_on", true)]
    public void Evaluate_SeveralDateLiterals_EachKeepsItsOwnValue(string text, bool expected)
    {
        // Arrange, Act and Assert
        Assert.Equal(expected, _harness.Evaluate(text, Agreement()));
    }

    [Fact]
    public void Compile_ErrorAfterDateLiteral_PositionStillPointsIntoAuthorText()
    {
        // Arrange and Act
        var error = _harness.Refused("signed_on > date(\"2025-01-01\") && statsu == \"x\"");

        // Assert
        Assert.Equal((DiagnosticCodes.ExprUnknownField, Column + 34), (error.Code, error.Column));
    }

    [Fact]
    public void Compile_FactMethodCall_RefusedAsNotAField()
    {
        // Arrange and Act
        var error = _harness.Refused("demand.Foo() == 1");

        // Assert
        Assert.Equal((DiagnosticCodes.ExprNotAllowed, "'Foo' is not allowed in conditions; a fact offers only its fields", Column + 7), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_FieldOfFieldOfBinding_UsesTheAllowList()
    {
        // Arrange and Act: 'Length' follows 'demand.subject', so it is not looked up on the binding.
        var error = _harness.Refused("demand.subject.Length > 1");

        // Assert
        Assert.Equal(
            (DiagnosticCodes.ExprNotAllowed, "'Length' is not allowed in conditions; after a dot only a field or one of Contains, StartsWith, EndsWith, AddDays, Days, Count may follow", Column + 15),
            (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_IdOfBinding_Accepted()
    {
        // Arrange, Act and Assert
        Assert.True(_harness.Evaluate("demand.id == \"demand\" && agreement.id == \"agreement\"", Agreement()));
    }

    [Fact]
    public void Compile_UnknownFieldOfCandidateByName_ListsIdAmongSuggestions()
    {
        // Arrange and Act
        var error = _harness.Refused("agreement.di == \"x\"");

        // Assert
        Assert.Equal((DiagnosticCodes.ExprUnknownField, "unknown field 'di' on Agreement (bound as 'agreement') (did you mean 'id'?)", Column + 10), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_BareMathWithoutDot_RefusedAsUnavailable()
    {
        // Arrange and Act
        var error = _harness.Refused("Math == null");

        // Assert
        Assert.Equal(DiagnosticCodes.ExprNotAllowed, error.Code);
        Assert.StartsWith("'Math' is not available in conditions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownLowercaseName_SuggestsBindings()
    {
        // Arrange and Act
        var error = _harness.Refused("demnd.subject == subject");

        // Assert
        Assert.Equal((DiagnosticCodes.ExprUnknownField, "unknown field 'demnd' on Agreement (did you mean 'demand'?)", Column), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_TwoMistakes_ReportsOnlyTheFirst()
    {
        // Arrange and Act
        var (condition, diagnostics) = _harness.Where("statsu == \"x\" && wieght > 1 && 'c' == \"c\"");

        // Assert
        Assert.Null(condition);
        Assert.Equal("unknown field 'statsu' on Agreement (did you mean 'status'?)", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Having_BindingAndCount_Accepted()
    {
        // Arrange and Act
        var (condition, diagnostics) = _harness.Having("count > 0 && demand.subject == \"x\"");

        // Assert
        Assert.Empty(diagnostics);
        Assert.Equal(["items", "demand"], condition!.Declarations);
    }

    [Fact]
    public void Having_UnknownName_SuggestsCount()
    {
        // Arrange and Act
        var (condition, diagnostics) = _harness.Having("cuont > 1");

        // Assert
        Assert.Null(condition);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ExprUnknownName, "unknown name 'cuont'; 'having' sees 'count' and earlier bindings (did you mean 'count'?)", Column),
            (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("weight >= 1e-3", true)]
    [InlineData("weight <= 5E+1", true)]
    [InlineData("weight > 0.25 && weight < 0.75", true)]
    [InlineData("weight == 0.5", true)]
    public void Evaluate_NumberLiterals_LexedWhole(string text, bool expected)
    {
        // Arrange, Act and Assert
        Assert.Equal(expected, _harness.Evaluate(text, Agreement()));
    }

    [Theory]
    [InlineData("subject == \"bor\\\"der\"", true)]
    [InlineData("subject != \"a'b\"", true)]
    [InlineData("_x == 1", false)]
    public void Compile_QuotesAndUnderscores_LexedAsOneToken(string text, bool compiles)
    {
        // Arrange and Act
        var (condition, diagnostics) = _harness.Where(text);

        // Assert
        Assert.Equal(compiles, condition is not null);
        Assert.Equal(compiles, diagnostics.Count == 0);
    }
}
