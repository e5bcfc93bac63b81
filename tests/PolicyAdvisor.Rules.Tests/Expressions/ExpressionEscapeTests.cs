using System.Linq.Expressions;
using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Expressions;

public sealed class ExpressionEscapeTests
{
    private readonly ExpressionHarness _harness = new();

    [Theory]
    [InlineData("GetType() != null")]
    [InlineData("Type.GetType(\"System.IO.File\") != null")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    [InlineData("Environment.Exit(1) == null")]
    [InlineData("DateTime.Now > signed_on")]
    [InlineData("Guid.NewGuid() != null")]
    [InlineData("Convert.ToInt32(weight) > 1")]
    [InlineData("DateTime(2020, 1, 1) < signed_on")]
    [InlineData("@0 == null")]
    public void Compile_ForbiddenTypeName_RefusedAsNotAllowed(string text)
    {
        var error = _harness.Refused(text);

        Assert.Equal(DiagnosticCodes.ExprNotAllowed, error.Code);
        Assert.StartsWith($"'{text.Split('.', '(', ' ')[0]}' is not available in conditions", error.Message, StringComparison.Ordinal);
        Assert.Equal((3, 16), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("subject.Substring(1) == \"x\"", "Substring", 24)]
    [InlineData("subject.ToUpper() == \"X\"", "ToUpper", 24)]
    [InlineData("subject.PadLeft(100000000) == \"\"", "PadLeft", 24)]
    [InlineData("subject.Length > 2", "Length", 24)]
    [InlineData("signed_on.AddDays(1).Ticks > 0", "Ticks", 37)]
    [InlineData("agreement.GetType().Name == \"x\"", "GetType", 26)]
    [InlineData("parties.Any(p => p == \"x\")", "Any", 24)]
    public void Compile_MemberOutsideAllowList_RefusedAtTheMember(string text, string member, int column)
    {
        var error = _harness.Refused(text);

        Assert.Equal(DiagnosticCodes.ExprNotAllowed, error.Code);
        Assert.StartsWith($"'{member}' is not allowed in conditions", error.Message, StringComparison.Ordinal);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Compile_NewKeyword_Refused()
    {
        var error = _harness.Refused("new (weight as Y) != null");

        Assert.Equal((DiagnosticCodes.ExprNotAllowed, "creating objects with 'new' is not allowed in conditions", 16), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Compile_MathOutsideMinMaxAbs_Refused()
    {
        var error = _harness.Refused("Math.Pow(weight, 2) > 1");

        Assert.Equal((DiagnosticCodes.ExprNotAllowed, "'Math.Pow' is not allowed; use Math.Min, Math.Max or Math.Abs", 21), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("met == (weight => 1)", "=>", 31)]
    [InlineData("parties[0] == \"x\"", "[", 23)]
    public void Compile_LambdaOrIndexer_Refused(string text, string symbol, int column)
    {
        var error = _harness.Refused(text);

        Assert.Equal(DiagnosticCodes.ExprNotAllowed, error.Code);
        Assert.Equal($"'{symbol}' is not allowed in conditions (no indexing, no lambdas)", error.Message);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Compile_TwoThousandNestedParentheses_RefusedWithoutStackOverflow()
    {
        var text = new string('(', 2000) + "met" + new string(')', 2000);

        var error = _harness.Refused(text);

        Assert.Equal((DiagnosticCodes.ExprTooComplex, "expression is 4003 characters long; the limit is 1000: split it into several 'where' lines"), (error.Code, error.Message));
    }

    [Fact]
    public void Compile_NestingBeyondLimit_RefusedAtTheBracket()
    {
        var text = new string('(', 40) + "met" + new string(')', 40);

        var error = _harness.Refused(text);

        Assert.Equal((DiagnosticCodes.ExprTooComplex, "brackets are nested more than 32 deep", 16 + 32), (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void AllowList_ClockPropertyBuiltDirectly_Refused()
    {
        var allowList = new AllowList(_ => false);
        var now = Expression.GreaterThan(Expression.Property(null, typeof(DateTime).GetProperty(nameof(DateTime.Now))!), Expression.Constant(DateTime.MinValue));

        Assert.Equal("'Now' is not allowed in conditions", allowList.Check(now));
    }

    [Fact]
    public void AllowList_StringAllocationCallBuiltDirectly_Refused()
    {
        var allowList = new AllowList(_ => false);
        var pad = Expression.Equal(Expression.Call(Expression.Constant(""), typeof(string).GetMethod(nameof(string.PadLeft), [typeof(int)])!, Expression.Constant(100_000_000)), Expression.Constant("x"));

        Assert.Equal("calling 'PadLeft' on text is not allowed in conditions", allowList.Check(pad));
    }

    [Fact]
    public void AllowList_ObjectCreationBuiltDirectly_Refused()
    {
        var allowList = new AllowList(_ => false);
        var create = Expression.NotEqual(Expression.New(typeof(object)), Expression.Constant(null));

        Assert.Equal("'New' expressions are not allowed in conditions", allowList.Check(create));
    }
}
