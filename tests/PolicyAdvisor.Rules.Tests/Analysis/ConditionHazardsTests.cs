using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Analysis;

/// <summary>Conditions that would fail at run time every time, found when the rule base loads.</summary>
public sealed class ConditionHazardsTests : IDisposable
{
    private readonly TempRuleSet _set = new();

    public void Dispose() => _set.Dispose();

    [Theory]
    [InlineData("1 / 0 == 1", DiagnosticCodes.ExprDivideByZero, 19)]
    [InlineData("status == \"signed\" || 7 % (2 - 2) == 1", DiagnosticCodes.ExprDivideByZero, 41)]
    [InlineData("Math.Abs(-2147483648) > 0", DiagnosticCodes.ExprAlwaysFails, 17)]
    public void Load_ConditionThatAlwaysFails_ErrorAtThePart(string where, string code, int column)
    {
        var (ruleBase, diagnostics) = _set.LoadWith("zz.rules.yaml", Rule($"      - a: Agreement\n        where: '{where}'\n"));

        var error = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal((9, column), (error.Line, error.Column));
        Assert.Null(ruleBase.SessionFactory);
    }

    [Fact]
    public void Load_CountDividedByZeroInHaving_Error()
    {
        var (_, diagnostics) = _set.LoadWith("zz.rules.yaml", Rule("      - collect: Precondition\n        into: all\n        having: count / 0 >= 1\n"));

        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ExprDivideByZero);
        Assert.Equal((10, 23), (error.Line, error.Column));
    }

    [Fact]
    public void Load_NumberFieldDividedByZero_NoErrorBecauseItIsInfinityNotAFailure()
    {
        var (_, diagnostics) = _set.LoadWith("zz.rules.yaml", Rule("      - p: Precondition\n        where: weight / 0 > 1\n"));

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("      - now: Situation\n      - a: Agreement\n        where: signed_on.AddDays(-30) < now.as_of\n", 10)]
    [InlineData("      - now: Situation\n      - p: Precondition\n      - a: Agreement\n        where: signed_on.AddDays(p.weight) < now.as_of\n", 11)]
    public void Load_NegativeOrComputedAddDaysOnADateField_Warns(string when, int line)
    {
        var (_, diagnostics) = _set.LoadWith("zz.rules.yaml", Rule(when));

        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ExprDateDefault);
        Assert.Equal((line, 26), (warning.Line, warning.Column));
        Assert.StartsWith("'signed_on' holds 0001-01-01 when a fact leaves it out", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PositiveAddDays_NoWarning()
    {
        var (_, diagnostics) = _set.LoadWith("zz.rules.yaml", Rule("      - now: Situation\n      - a: Agreement\n        where: signed_on < now.as_of.AddDays(30)\n"));

        Assert.Empty(diagnostics);
    }

    private static string Rule(string when) =>
        "rules:\n  - id: zz-rule\n    kind: assessment\n    title: T\n    sources: [test-2026#1]\n    then: { assert: WindowNarrowing, set: { reason: r }, because: b }\n    when:\n" + when;
}
