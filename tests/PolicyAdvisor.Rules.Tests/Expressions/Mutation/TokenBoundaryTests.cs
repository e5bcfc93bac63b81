using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Expressions.Mutation;

/// <summary>
/// How the pre-check's tokens fall at their edges: two-character operators, signs after numbers, a dot with no
/// owner, closed pairs of every bracket, and the literal words.
/// </summary>
public sealed class TokenBoundaryTests
{
    // The harness's scalar starts at line 3, column 16: character i of the condition is at column 16 + i.
    private const int Column = 16;

    private readonly ExpressionHarness _harness = new();

    [Theory]
    [InlineData("met ==> true")]
    [InlineData("met !=> true")]
    public void Compile_ComparisonThenGreaterThan_ReadAsComparisonNotAsArrow(string text)
    {
        // Arrange, Act: as '=' and '=>' the pre-check would refuse a lambda at offset 5.
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprSyntax, "Expression expected", Column + 6), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("1+wieght > 2")]
    [InlineData("1-wieght > 2")]
    public void Compile_NameRightAfterNumberAndSign_StillChecked(string text)
    {
        // Arrange, Act
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprUnknownField, "unknown field 'wieght' on Agreement (did you mean 'weight'?)", Column + 2), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("1e-foo > 1")]
    [InlineData("1e+foo > 1")]
    public void Compile_ExponentSignThenLetters_OneNumberLeftToTheParser(string text)
    {
        // Arrange, Act: 'foo' is part of the malformed number, not a name to look up.
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprSyntax, "Digit expected", Column + 3), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("weight == 1-")]
    [InlineData("weight == 1+")]
    public void Compile_SignAfterNumberAtTheEnd_SyntaxErrorAtTheEnd(string text)
    {
        // Arrange, Act
        var error = _harness.Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.ExprSyntax, "Expression expected", Column + 12), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_DotAtTheStart_MemberWithoutOwnerRefused()
    {
        // Arrange, Act
        var error = _harness.Refused(".met");

        // Assert
        Assert.Equal(
            (DiagnosticCodes.ExprNotAllowed, "'met' is not allowed in conditions; after a dot only a field or one of Contains, StartsWith, EndsWith, AddDays, Days, Count may follow", Column + 1),
            (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("[]", DiagnosticCodes.ExprNotAllowed, "'[' is not allowed in conditions (no indexing, no lambdas)")]
    [InlineData("{}", DiagnosticCodes.ExprSyntax, "Expression expected")]
    public void Compile_ClosedPairsBeyondMaxDepth_DepthFallsBackAfterEachPair(string pair, string code, string message)
    {
        // Arrange
        var text = string.Concat(Enumerable.Repeat(pair, ExpressionPrecheck.MaxDepth + 1));

        // Act
        var error = _harness.Refused(text);

        // Assert: whatever is refused, it is not the nesting.
        Assert.Equal((code, message, Column), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_GroupAtMaxDepthThenAnotherGroup_Accepted()
    {
        // Arrange
        var deepest = new string('(', ExpressionPrecheck.MaxDepth) + "met" + new string(')', ExpressionPrecheck.MaxDepth);
        var text = deepest + " && (((met)))";

        // Act
        var (condition, diagnostics) = _harness.Where(text);

        // Assert
        Assert.Empty(diagnostics);
        Assert.NotNull(condition);
    }

    [Theory]
    [InlineData("met == true")]
    [InlineData("met != false")]
    [InlineData("subject != null")]
    public void Compile_LiteralWords_AreNotFieldNames(string text)
    {
        // Arrange, Act
        var (condition, diagnostics) = _harness.Where(text);

        // Assert
        Assert.Empty(diagnostics);
        Assert.NotNull(condition);
    }

    [Fact]
    public void Compile_NearMissOfId_SuggestsId()
    {
        // Arrange, Act
        var error = _harness.Refused("ib == \"x\"");

        // Assert
        Assert.Equal((DiagnosticCodes.ExprUnknownField, "unknown field 'ib' on Agreement (did you mean 'id'?)", Column), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_FieldNamedLikeABinding_MemberAfterItIsNotTheBindings()
    {
        // Arrange: Agreement has a text field 'demand', and 'demand' is also bound to a Precondition.
        var harness = new ExpressionHarness("""
            types:
              Agreement:
                description: d
                fields:
                  demand: { type: string, description: d }
              Precondition:
                description: d
                fields:
                  subject: { type: string, description: d }
            """);

        // Act: 'subject' follows the field agreement.demand, not the binding demand.
        var (condition, diagnostics) = harness.Where("agreement.demand.subject == \"x\"");

        // Assert
        Assert.Null(condition);
        var error = Assert.Single(diagnostics);
        Assert.Equal(
            (DiagnosticCodes.ExprNotAllowed, "'subject' is not allowed in conditions; after a dot only a field or one of Contains, StartsWith, EndsWith, AddDays, Days, Count may follow", Column + 17),
            (error.Code, error.Message, error.Column));
    }
}
