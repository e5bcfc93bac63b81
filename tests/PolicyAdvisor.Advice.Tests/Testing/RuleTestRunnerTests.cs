using PolicyAdvisor.Advice.Testing;
using PolicyAdvisor.Advice.Tests.Testing.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Testing;

public sealed class RuleTestRunnerTests : IDisposable
{
    private readonly TestKnowledge _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void RunAll_FixtureTests_AllPass()
    {
        var suite = Run(_kb.Tests);

        Assert.All(suite.Results, r => Assert.True(r.Passed, string.Join("; ", r.Failures)));
        Assert.Equal((4, 0), (suite.PassedCount, suite.FailedCount));
    }

    [Fact]
    public void Run_MissingRecommendation_SaysWhatWasRecommendedInstead()
    {
        var result = RunOne("""
            situation: base
            set: { demand.met: true }
            expect: { recommended: [sign-now] }
            """);

        Assert.False(result.Passed);
        Assert.Equal("expected sign-now recommended; got: none", Assert.Single(result.Failures));
    }

    [Fact]
    public void Run_UnwantedConclusions_NameTheRuleThatConcludedThem()
    {
        var result = RunOne("""
            situation: base
            expect:
              not_recommended: [sign-now]
              no_risks: [spoiler-delay]
              no_tradeoffs: [sign-now-vs-ratified]
              not_asserted: [WindowNarrowing]
            """);

        Assert.Equal(
            [
                "expected sign-now not recommended; rule sign-while-demand-stands recommended it",
                "expected risk spoiler-delay not flagged; rule delay-risk flagged it",
                "expected trade-off sign-now-vs-ratified not shown; rule sign-vs-ratify showed it",
                "expected WindowNarrowing not asserted; rule window-narrowing asserted it",
            ],
            result.Failures);
    }

    [Fact]
    public void Run_MissingRiskTradeoffAndType_ListsWhatWasThere()
    {
        var result = RunOne("""
            situation: base
            as_of: 2026-07-01
            set: { demand.met: true }
            expect: { risks: [spoiler-delay], tradeoffs: [sign-now-vs-ratified], asserted: [WindowNarrowing] }
            """);

        Assert.Equal(
            [
                "expected risk spoiler-delay flagged; got: none",
                "expected trade-off sign-now-vs-ratified shown; got: none",
                "expected WindowNarrowing asserted; got: none",
            ],
            result.Failures);
    }

    [Fact]
    public void Run_FiredRules_RecordsEveryRuleThatFired()
    {
        var result = RunOne("""
            situation: base
            expect: { recommended: [sign-now] }
            """);

        Assert.Equal(["delay-risk", "sign-vs-ratify", "sign-while-demand-stands", "window-narrowing"], result.FiredRules);
    }

    [Fact]
    public void RunAll_FixtureTests_CoverEveryRuleBothWays()
    {
        var coverage = Run(_kb.Tests).Coverage;

        Assert.Equal(100, coverage.Percent);
        Assert.Empty(coverage.NeverFired);
        Assert.Empty(coverage.NeverSeenNotFiring);
    }

    [Fact]
    public void RunAll_OnlyBaseFile_RuleThatNeverFiredIsUncovered()
    {
        File.Delete(Path.Combine(_kb.Tests, "signed.yaml"));

        var coverage = Run(_kb.Tests).Coverage;

        Assert.Equal(["ratify-once-signed"], coverage.NeverFired.Select(e => e.RuleId));
        Assert.Equal(80, coverage.Percent);
        var entry = coverage.Entries.Single(e => e.RuleId == "sign-while-demand-stands");
        Assert.Equal((2, 1), (entry.FiredIn, entry.NotFiredIn));
    }

    [Fact]
    public void RunAll_SingleTest_RulesThatFiredAreNeverSeenNotFiring()
    {
        var kb = _kb.Load();
        var tests = new RuleTestLoader(kb.RuleBase, _kb.Situations).LoadFolder(_kb.Tests, new DiagnosticBag()).Take(1);

        var coverage = new RuleTestRunner(kb.Advisor).RunAll(tests).Coverage;

        Assert.Equal(0, coverage.Percent);
        Assert.Equal(["sign-while-demand-stands", "window-narrowing", "delay-risk", "sign-vs-ratify"], coverage.NeverSeenNotFiring.Select(e => e.RuleId));
    }

    [Fact]
    public void RunAll_RuleThatUndoesItsOwnPremise_FailsTheTestAndLeavesItOutOfCoverage()
    {
        _kb.Write("rules/flip.rules.yaml", """
            rules:
              - id: flip
                kind: assessment
                title: Asserts what its own premise forbids, so truth maintenance undoes it for ever
                when:
                  - a: Agreement
                    where: status == "ratified"
                  - not: WindowNarrowing
                then: { assert: WindowNarrowing, set: { reason: loop } }
                sources: [fix-2026#2]
            """);
        var path = _kb.Write("one/loop.yaml", """
            tests:
              - name: loops
                as_of: 2026-03-01
                facts: [{ type: Agreement, fields: { status: ratified }, confidence: low, sources: [fix-2026#1] }]
                expect: { recommended: [sign-now] }
            """);
        var kb = _kb.Load();
        var tests = new RuleTestLoader(kb.RuleBase, _kb.Situations).LoadFile(path, new DiagnosticBag());

        var suite = new RuleTestRunner(kb.Advisor).RunAll(tests);

        var result = Assert.Single(suite.Results);
        Assert.True(result.Stopped);
        Assert.StartsWith("the run stopped: ", Assert.Single(result.Failures), StringComparison.Ordinal);
        Assert.All(suite.Coverage.Entries, e => Assert.Equal((0, 0), (e.FiredIn, e.NotFiredIn)));
    }

    private RuleTestSuiteResult Run(string folder)
    {
        var kb = _kb.Load();
        var bag = new DiagnosticBag();
        var tests = new RuleTestLoader(kb.RuleBase, _kb.Situations).LoadFolder(folder, bag);
        Assert.False(bag.HasErrors, string.Join("; ", bag.Items));
        return new RuleTestRunner(kb.Advisor).RunAll(tests);
    }

    private RuleTestResult RunOne(string body)
    {
        var indented = string.Join("\n", body.Split('\n').Select(l => "    " + l));
        var path = _kb.Write("one/test.yaml", "tests:\n  - name: one\n" + indented + "\n");
        var kb = _kb.Load();
        var bag = new DiagnosticBag();
        var test = Assert.Single(new RuleTestLoader(kb.RuleBase, _kb.Situations).LoadFile(path, bag));
        Assert.False(bag.HasErrors, string.Join("; ", bag.Items));
        return new RuleTestRunner(kb.Advisor).Run(test);
    }
}
