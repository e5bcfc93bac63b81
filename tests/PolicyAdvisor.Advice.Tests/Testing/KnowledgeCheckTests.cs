using PolicyAdvisor.Advice.Testing;
using PolicyAdvisor.Advice.Tests.Testing.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Testing;

public sealed class KnowledgeCheckTests : IDisposable
{
    private readonly TestKnowledge _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Run_Fixture_NoErrorsAndWarnsOnlyAboutTheUncitedClaim()
    {
        var result = KnowledgeCheck.Run(_kb.Rules, _kb.Seeds);

        Assert.False(result.HasErrors);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnusedClaim, warning.Code);
        Assert.Contains("fix-2026#3", warning.Message, StringComparison.Ordinal);
        Assert.Single(result.Situations);
        Assert.Equal(4, result.Tests.Count);
    }

    [Fact]
    public void Run_ConditionComparesAFactIdNoSituationHas_WarnsAtTheLiteralWithDidYouMean()
    {
        // Arrange
        _kb.Write("rules/extra.rules.yaml", """
            rules:
              - id: demand-by-id
                kind: assessment
                title: T
                when:
                  - d: Precondition
                    where: id == "demnd"
                then:
                  assert: WindowNarrowing
                  set: { reason: "r" }
                  because: "b"
                sources: [fix-2026#1]
            """);

        // Act
        var result = KnowledgeCheck.Run(_kb.Rules, _kb.Seeds);

        // Assert
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ExprUnknownFactId);
        Assert.Equal(("no situation or rule test has a Precondition fact with id \"demnd\" (did you mean 'demand'?)", 7, 22), (warning.Message, warning.Line, warning.Column));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Run_RulesWithAnError_NoUnusedClaimWarnings()
    {
        // Arrange: without the error the fixture warns about fix-2026#3 (see above).
        _kb.Write("rules/extra.rules.yaml", "rules:\n  - id: broken\n    kind: \"assessment\n");

        // Act
        var result = KnowledgeCheck.Run(_kb.Rules, _kb.Seeds);

        // Assert
        Assert.True(result.HasErrors);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnusedClaim);
    }

    [Fact]
    public void Run_ProblemsInSituationTestAndRules_ReportsEveryOneOnce()
    {
        _kb.Write("seeds/situations/broken.yaml", """
            title: Broken
            as_of: 2026-01-01
            facts:
              - { type: Agreemnt, confidence: high, sources: [fix-2026#1] }
            """);
        _kb.Write("rules/tests/broken.yaml", """
            tests:
              - name: uses the broken situation
                situation: broken
                expect: { recommended: [sign-now] }
              - name: misspelt option
                situation: base
                expect: { recommended: [sign-nowe] }
            """);
        _kb.Write("rules/extra.rules.yaml", """
            rules:
              - id: cites-nothing-known
                kind: option
                title: Cites a claim no digest has
                when: [{ a: Agreement }]
                then: { recommend: sign-now }
                sources: [fix-2026#9]
            """);

        var result = KnowledgeCheck.Run(_kb.Rules, _kb.Seeds);

        var codes = result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).ToArray();
        Assert.Equal([DiagnosticCodes.UnknownClaim, AdviceCodes.UnknownExpectation, AdviceCodes.UnknownFactType], codes);
        Assert.Equal(result.Diagnostics.Distinct().Count(), result.Diagnostics.Count);
    }

    [Fact]
    public void Run_MissingRulesFolder_ReportsItWithoutCheckingFurther()
    {
        var result = KnowledgeCheck.Run(Path.Combine(_kb.Root, "nowhere"), _kb.Seeds);

        Assert.True(result.HasErrors);
        Assert.Empty(result.Tests);
        Assert.Empty(result.Situations);
    }
}
