using PolicyAdvisor.Advice.Tests.Support;

namespace PolicyAdvisor.Advice.Tests.Running;

/// <summary>
/// Conclusions are NRules linked facts: they follow their premises through retractions and updates, transitively,
/// and a live session changed by what-if ends where a fresh run of the changed situation ends.
/// </summary>
public sealed class TruthMaintenanceTests
{
    private readonly PolicyAdvisor.Advice.Running.KnowledgeBase _knowledge = Mini.Load();

    [Fact]
    public void Retract_SituationFact_TakesAwayTheAssessmentOptionAndRiskRestingOnIt()
    {
        // Arrange: agreement → SignatureBlocked (assessment) → sign-now (option) → old-framework (risk)
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));
        Assert.Single(run.FactsOf("SignatureBlocked"));
        Assert.Contains("sign-now", run.RecommendedOptions);
        Assert.Contains(run.Risks, r => r.Risk == "old-framework");

        // Act
        run.Retract("agreement");

        // Assert
        Assert.Empty(run.FactsOf("SignatureBlocked"));
        Assert.DoesNotContain("sign-now", run.RecommendedOptions);
        Assert.Empty(run.Risks);
        Assert.Equal(["media-support"], run.RecommendedOptions);
    }

    [Fact]
    public void Set_PremiseChangedAndChangedBack_TwoLevelChainGoesAndComesBack()
    {
        // Arrange
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));
        var before = Describe(run);

        // Act: signing removes SignatureBlocked, with it the recommendation and, a level further, the risk
        run.Set("agreement", "status", "signed");
        var signed = Describe(run);
        run.Set("agreement", "status", "initialled");

        // Assert
        Assert.DoesNotContain(signed, line => line.Contains("SignatureBlocked", StringComparison.Ordinal) || line.Contains("old-framework", StringComparison.Ordinal));
        Assert.Equal(before, Describe(run));
    }

    [Fact]
    public void Set_ChangedCopy_UpdatesTheFactWithTheSameIdentity()
    {
        // Arrange
        var run = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));

        // Act
        run.Set("referendum", "passed", true);

        // Assert: one Referendum fact, now passed; the not-premise blocks the recommendation
        var referendum = Assert.Single(run.FactsOf("Referendum"));
        Assert.Equal(true, run.RuleBase.Schema.FieldValue(referendum, "passed"));
        Assert.DoesNotContain("sign-now", run.RecommendedOptions);
    }

    [Fact]
    public void Set_AnyChange_EndsWhereAFreshRunOfTheChangedSituationEnds()
    {
        // Arrange
        var live = _knowledge.Advisor.Run(Mini.Situation(_knowledge, "base"));

        // Act
        live.Set("referendum", "passed", true);
        live.Set("referendum", "passed", false);
        live.Set("election", "date", new DateTime(2026, 1, 1));
        var fresh = _knowledge.Advisor.Run(live.Situation);

        // Assert
        Assert.Equal(Describe(fresh), Describe(live));
    }

    [Fact]
    public void Set_MatchStillHoldsWithNewValues_UpdatesTheLinkedConclusionInPlace()
    {
        // Arrange: the derived fact's reason quotes the agreement's status, which stays 'initialled' but is re-read
        var knowledge = ScratchKnowledge.Load(
            "  Countdown:\n    description: Derived. Days left.\n    derived: true\n    fields:\n      left: { type: string, description: Days. }\n",
            "  - id: count-down\n    kind: assessment\n    title: Days to the vote\n    when:\n      - election: Election\n    then:\n      assert: Countdown\n      set: { left: \"vote on {{ election.date }}\" }\n      because: b\n    sources: [mini#3]\n");
        var run = knowledge.Advisor.Run(Mini.Situation(knowledge, "base"));
        var id = run.RuleBase.Schema.IdOf(Assert.Single(run.FactsOf("Countdown")));

        // Act
        run.Set("election", "date", new DateTime(2026, 9, 1));

        // Assert: same conclusion (same id), new value
        var countdown = Assert.Single(run.FactsOf("Countdown"));
        Assert.Equal(id, run.RuleBase.Schema.IdOf(countdown));
        Assert.Equal("vote on 2026-09-01", run.RuleBase.Schema.FieldValue(countdown, "left"));
        Assert.Equal("count-down", run.DerivationOf(countdown)!.Rule.Id);
    }

    private static string[] Describe(PolicyAdvisor.Advice.Running.AdviceRun run) =>
        run.Facts.Select(f => f.ToString()!).ToArray();
}
