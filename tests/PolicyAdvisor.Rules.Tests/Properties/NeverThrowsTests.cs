using CsCheck;
using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Properties;

/// <summary>Bad input must become diagnostics, never exceptions: random text through the reader and the compiler.</summary>
public sealed class NeverThrowsTests
{
    private static readonly Gen<string> Yamlish = Gen.OneOf(
        Gen.String[Gen.Char["a-z:-[]{}&*!|>'\"#, \n\t"], 0, 80],
        Gen.String);

    private static readonly Gen<string> Expressionish = Gen.OneOf(
        Gen.String[Gen.Char["a-z_.()\"'=!<>&|+-*/?:@[]0-9 "], 0, 60],
        Gen.Const("status").Select(Gen.String[Gen.Char["=!<>\"() .a-zA-Z0-9"], 0, 30], (a, b) => a + b));

    [Fact]
    public void ReadText_RandomText_ReturnsTreeOrDiagnostics()
    {
        Yamlish.Sample(text =>
        {
            var bag = new DiagnosticBag();
            var root = GuardedYamlReader.ReadText(text, "f.yaml", bag);
            Assert.True(root is not null || bag.HasErrors);
        }, iter: 2000);
    }

    [Fact]
    public void Compile_RandomExpression_ReturnsConditionOrDiagnostics()
    {
        var harness = new ExpressionHarness();
        Expressionish.Sample(text =>
        {
            var (condition, diagnostics) = harness.Where(text);
            Assert.True(condition is not null || diagnostics.Any(d => d.IsError));
        }, iter: 1000);
    }

    [Theory]
    [InlineData("status == null")]
    [InlineData("\"a\" + status == \"x\"")]
    [InlineData("status < \"b\"")]
    [InlineData("-status == 1")]
    [InlineData("!status")]
    [InlineData("signed_on == null")]
    [InlineData("1 / 0 > 1")]
    [InlineData("parties.Contains(3)")]
    [InlineData("parties == null")]
    [InlineData("status ?? \"x\" == \"y\"")]
    [InlineData("it.status == \"x\"")]
    [InlineData("np(status) == \"x\"")]
    [InlineData("status in (\"a\", \"b\")")]
    [InlineData("met is Boolean")]
    [InlineData("(weight as Object) != null")]
    [InlineData("demand")]
    [InlineData("date(\"2025-01-01\")")]
    [InlineData("date(2025) > signed_on")]
    [InlineData("9?.=")]
    [InlineData("status?.Length > 1")]
    public void Compile_OddInput_ReturnsConditionOrDiagnostics(string text)
    {
        var (condition, diagnostics) = new ExpressionHarness().Where(text);

        Assert.True(condition is not null || diagnostics.Any(d => d.IsError));
    }
}
