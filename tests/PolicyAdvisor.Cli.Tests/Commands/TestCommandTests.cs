using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Commands;

public sealed class TestCommandTests : IDisposable
{
    private readonly AuthoringFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Test_FixtureTests_PrintsPassLinesCoverageAndExitsZero()
    {
        var run = _fixture.Run("test");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            PASS base signs now and flags delay
            PASS base with the demand met does not sign now
            PASS base after the election sees no narrowing window
            PASS signed text pushes ratification

            4 passed, 0 failed; coverage 100.0% (5 of 5 rules seen firing and not firing)

            """.ReplaceLineEndings("\n"),
            run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Test_UnmetExpectation_PrintsFailWithWhatWasFoundAndTheTestsLineAndExitsOne()
    {
        _fixture.Write("rules/tests/wrong.yaml", """
            tests:
              - name: wrong on purpose
                situation: base
                set: { demand.met: true }
                expect: { recommended: [sign-now], not_asserted: [WindowNarrowing] }
            """);

        var run = _fixture.Run("test");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAIL wrong on purpose: expected sign-now recommended; got: none (rules/tests/wrong.yaml:2)\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("     also: expected WindowNarrowing not asserted; rule window-narrowing asserted it", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("4 passed, 1 failed; coverage 100.0% (5 of 5 rules seen firing and not firing)", run.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Test_FilterLeavingARuleUnfiredAndCoverageMin_ListsTheRuleAndExitsOne()
    {
        var run = _fixture.Run("test", "--filter", "BASE", "--coverage-min", "90");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("uncovered ratify-once-signed: never seen firing (rules/main.rules.yaml:50)", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 passed, 0 failed; coverage 80.0%", run.Output, StringComparison.Ordinal);
        Assert.Contains("below --coverage-min 90", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_CoverageAtTheMinimum_ExitsZero()
    {
        var run = _fixture.Run("test", "--filter", "base", "--coverage-min", "80");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Test_FilterMatchingNothing_ExitsTwo()
    {
        var run = _fixture.Run("test", "--filter", "no such test");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no rule test name contains 'no such test'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_InvalidTestFile_PrintsPositionedDiagnosticAndExitsThree()
    {
        _fixture.Write("rules/tests/bad.yaml", """
            tests:
              - name: typo
                situation: base
                expect: { recommended: [sign-nw] }
            """);

        var run = _fixture.Run("test");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("rules/tests/bad.yaml(4,29): error PA0602: 'recommended': 'sign-nw' is not an option in options.yaml (did you mean 'sign-now'?)", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Test_CoverageMinOutOfRange_ExitsTwo()
    {
        var run = _fixture.Run("test", "--coverage-min", "120");

        Assert.Equal(2, run.ExitCode);
    }
}
