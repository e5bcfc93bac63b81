using PolicyAdvisor.Advice.Testing;
using PolicyAdvisor.Advice.Tests.Testing.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Testing;

public sealed class RuleTestLoaderTests : IDisposable
{
    private readonly TestKnowledge _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void LoadFolder_FixtureTests_LoadsEveryTestInFileOrderWithoutDiagnostics()
    {
        var bag = new DiagnosticBag();

        var tests = Loader().LoadFolder(_kb.Tests, bag);

        Assert.Empty(bag.Items);
        Assert.Equal(
            ["base signs now and flags delay", "base with the demand met does not sign now", "base after the election sees no narrowing window", "signed text pushes ratification"],
            tests.Select(t => t.Name));
        Assert.Equal(2, tests[0].Line);
        Assert.EndsWith("rules/tests/base.yaml", tests[0].File, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFolder_SetAndAsOf_AppliedToTheSituationBeforeTheRun()
    {
        var tests = Loader().LoadFolder(_kb.Tests, new DiagnosticBag());

        var metTest = tests[1].Situation.Find("demand")!;
        Assert.Equal(true, metTest.ValueMap["met"]);
        Assert.Equal(new DateTime(2026, 7, 1), tests[2].Situation.AsOf);
        Assert.Equal(new DateTime(2026, 2, 15), tests[0].Situation.AsOf);
    }

    [Fact]
    public void LoadFile_FactsOnly_BuildsSituationFromTheFacts()
    {
        var test = Loader().LoadFile(Path.Combine(_kb.Tests, "signed.yaml"), new DiagnosticBag()).Single();

        Assert.Equal(["agreement"], test.Situation.Facts.Select(f => f.Id));
        Assert.Equal("signed", test.Situation.Facts[0].ValueMap["status"]);
    }

    [Fact]
    public void LoadFile_RetractAndExtraFact_RemovesAndReplaces()
    {
        var path = _kb.Write("rules/tests/extra.yaml", """
            tests:
              - name: retract and override
                situation: base
                retract: [election]
                facts:
                  - { type: Agreement, id: agreement, fields: { status: signed }, confidence: low }
                expect: { recommended: [wait-for-ratification] }
            """);

        var test = Loader().LoadFile(path, new DiagnosticBag()).Single();

        Assert.Equal(["agreement", "demand"], test.Situation.Facts.Select(f => f.Id));
        Assert.Equal("signed", test.Situation.Find("agreement")!.ValueMap["status"]);
    }

    [Fact]
    public void LoadFile_SetUnknownFactAndField_ReportsPositionedPA0604WithSuggestion()
    {
        var path = _kb.Write("rules/tests/bad.yaml", """
            tests:
              - name: bad set
                situation: base
                set: { demnd.met: true, demand.mett: true }
                expect: { recommended: [sign-now] }
            """);
        var bag = new DiagnosticBag();

        var tests = Loader().LoadFile(path, bag);

        Assert.Empty(tests);
        var errors = bag.Items.Where(d => d.Code == AdviceCodes.UnknownTestFact).ToArray();
        Assert.Equal(2, errors.Length);
        Assert.Contains("did you mean 'demand'", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'met'", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal((4, 12), (errors[0].Line, errors[0].Column));
    }

    [Fact]
    public void LoadFile_UnknownIdsInExpect_ReportsEachAsPA0602()
    {
        var path = _kb.Write("rules/tests/bad.yaml", """
            tests:
              - name: bad expect
                situation: base
                expect:
                  recommended: [sign-nw]
                  risks: [no-such-risk]
                  asserted: [Agreement]
            """);
        var bag = new DiagnosticBag();

        Loader().LoadFile(path, bag);

        var errors = bag.Items.Where(d => d.Code == AdviceCodes.UnknownExpectation).ToArray();
        Assert.Equal([5, 6, 7], errors.Select(e => e.Line));
        Assert.Contains("did you mean 'sign-now'", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_UnknownSituation_ReportsPA0603WithSuggestion()
    {
        var path = _kb.Write("rules/tests/bad.yaml", """
            tests:
              - name: missing situation
                situation: bse
                expect: { recommended: [sign-now] }
            """);
        var bag = new DiagnosticBag();

        Loader().LoadFile(path, bag);

        var error = Assert.Single(bag.Items);
        Assert.Equal(AdviceCodes.UnknownTestSituation, error.Code);
        Assert.Contains("did you mean 'base'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFolder_SameNameInTwoFiles_ReportsPA0605AtTheSecond()
    {
        _kb.Write("rules/tests/zz.yaml", """
            tests:
              - name: base signs now and flags delay
                situation: base
                expect: { recommended: [sign-now] }
            """);
        var bag = new DiagnosticBag();

        var tests = Loader().LoadFolder(_kb.Tests, bag);

        var error = Assert.Single(bag.Items);
        Assert.Equal(AdviceCodes.DuplicateTestName, error.Code);
        Assert.EndsWith("zz.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(4, tests.Count);
    }

    [Fact]
    public void LoadFile_NoSituationNoFactsAndEmptyExpect_ReportsBadTest()
    {
        var path = _kb.Write("rules/tests/bad.yaml", """
            tests:
              - name: nothing to run
                expect: {}
              - name: cannot fail
                situation: base
                expect: {}
            """);
        var bag = new DiagnosticBag();

        var tests = Loader().LoadFile(path, bag);

        Assert.Equal([AdviceCodes.BadTest, AdviceCodes.EmptyExpectation], bag.Items.Select(d => d.Code));
        Assert.Equal(["cannot fail"], tests.Select(t => t.Name));
    }

    [Fact]
    public void LoadFile_FactsWithoutAsOf_WarnsPA0607()
    {
        var path = _kb.Write("rules/tests/dateless.yaml", """
            tests:
              - name: dateless
                facts: [{ type: Agreement, fields: { status: signed }, confidence: low, sources: [fix-2026#1] }]
                expect: { recommended: [wait-for-ratification] }
            """);
        var bag = new DiagnosticBag();

        var tests = Loader().LoadFile(path, bag);

        Assert.Equal(AdviceCodes.NoTestDate, Assert.Single(bag.Items).Code);
        Assert.Single(tests);
    }

    [Fact]
    public void LoadFolder_MissingFolder_ReportsPA0608()
    {
        var bag = new DiagnosticBag();

        Loader().LoadFolder(Path.Combine(_kb.Root, "nowhere"), bag);

        Assert.Equal(AdviceCodes.NoTests, Assert.Single(bag.Items).Code);
    }

    private RuleTestLoader Loader() => new(_kb.Load().RuleBase, _kb.Situations);
}
