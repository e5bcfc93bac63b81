using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Loading;

/// <summary>Carets inside a condition written over several lines point into its text, not at the block indicator.</summary>
public sealed class BlockScalarPositionTests : IDisposable
{
    private readonly TempRuleSet _set = new();

    public void Dispose() => _set.Dispose();

    [Theory]
    [InlineData("|-")]
    [InlineData("|")]
    [InlineData(">-")]
    public void Load_UnknownFieldOnTheSecondLineOfABlock_PointsAtTheField(string indicator)
    {
        var (_, diagnostics) = _set.LoadWith("zz.rules.yaml", Rule($"where: {indicator}\n          status == \"initialled\" &&\n            statsu == \"signed\""));

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ExprUnknownField, 11, 13), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Load_UnknownFieldInAWrappedPlainCondition_PointsAtTheField()
    {
        var (_, diagnostics) = _set.LoadWith("zz.rules.yaml", Rule("where: status == \"initialled\" &&\n          statsu == \"signed\""));

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ExprUnknownField, 10, 11), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Load_UnknownFieldOnTheFirstLineOfABlock_PointsAtTheField()
    {
        var (_, diagnostics) = _set.LoadWith("zz.rules.yaml", Rule("where: |-\n          statsu == \"signed\""));

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ExprUnknownField, 10, 11), (error.Code, error.Line, error.Column));
    }

    // The `where` key sits on line 9, column 9; its block's lines follow.
    private static string Rule(string where) =>
        "rules:\n"
        + "  - id: zz-rule\n"
        + "    kind: assessment\n"
        + "    title: T\n"
        + "    sources: [test-2026#1]\n"
        + "    then: { assert: WindowNarrowing, set: { reason: r }, because: b }\n"
        + "    when:\n"
        + "      - a: Agreement\n"
        + "        " + where + "\n";
}
