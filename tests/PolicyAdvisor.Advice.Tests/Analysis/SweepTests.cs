using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Tests.Support;

namespace PolicyAdvisor.Advice.Tests.Analysis;

public sealed class SweepTests
{
    private static readonly PolicyAdvisor.Advice.Running.KnowledgeBase Knowledge = TinyWorld.Load();

    [Fact]
    public void Run_SmallSpace_UsesFullFactorialWithExactWeightedShares()
    {
        // Arrange: status initialled "likely" (mid 0.675) / signed "unlikely" (0.325); vote passed / rejected, even.
        var situation = TinyWorld.Situation(Knowledge);

        // Act
        var result = new Sweep(Knowledge.Advisor).Run(situation);

        // Assert: plan-b needs initialled and not passed = 0.675 * 0.5; ratified needs passed = 0.5.
        Assert.Equal(SweepMethod.FullFactorial, result.Method);
        Assert.Equal(4, result.Scenarios);
        var planB = result.Options.Single(o => o.OptionId == "plan-b");
        var ratified = result.Options.Single(o => o.OptionId == "ratified");
        var hedge = result.Options.Single(o => o.OptionId == "hedge");
        Assert.Equal(0.3375, planB.RecommendedShare, 12);
        Assert.Equal(0.5, ratified.RecommendedShare, 12);
        Assert.Equal(0.5, ratified.RiskShare, 12);
        Assert.Equal(0.0, hedge.RecommendedShare, 12);
        Assert.True(planB.StatedRecommended);
        Assert.False(ratified.StatedRecommended);
    }

    [Fact]
    public void Run_FullFactorial_SharesByValueAreConditionalShares()
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge);

        // Act
        var planB = new Sweep(Knowledge.Advisor).Run(situation).Options.Single(o => o.OptionId == "plan-b");

        // Assert: dimension 0 is agreement.status (initialled, signed); dimension 1 is referendum.outcome (passed, rejected).
        Assert.Equal(0.5, planB.ShareByValue[0][0]!.Value, 12);
        Assert.Equal(0.0, planB.ShareByValue[0][1]!.Value, 12);
        Assert.Equal(0.0, planB.ShareByValue[1][0]!.Value, 12);
        Assert.Equal(0.675, planB.ShareByValue[1][1]!.Value, 12);
    }

    [Fact]
    public void Run_FactWithTwoUncertainFields_CombinesThemPerScenario()
    {
        // Arrange: the reversal risk needs opposition-wins (0.325) and high turnout (0.675) on the same fact.
        var situation = TinyWorld.Situation(Knowledge, "wide");

        // Act
        var result = new Sweep(Knowledge.Advisor).Run(situation);

        // Assert
        Assert.Equal(16, result.Scenarios);
        Assert.Equal(0.325 * 0.675, result.Options.Single(o => o.OptionId == "plan-b").RiskShare, 12);
        Assert.Equal(0.325, result.Options.Single(o => o.OptionId == "hedge").RecommendedShare, 12);
    }

    [Fact]
    public void Run_SameSeedDifferentWorkers_GivesIdenticalResults()
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge, "wide");
        var sweep = new Sweep(Knowledge.Advisor);

        // Act
        var one = sweep.Run(situation, new SweepOptions(SweepMethod.LatinHypercube, 5000, Seed: 7, Workers: 1));
        var two = sweep.Run(situation, new SweepOptions(SweepMethod.LatinHypercube, 5000, Seed: 7, Workers: 2));

        // Assert
        Assert.Equal(Shares(one), Shares(two));
    }

    [Fact]
    public void Run_DifferentSeeds_DrawDifferentSamples()
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge, "wide");
        var sweep = new Sweep(Knowledge.Advisor);

        // Act
        var first = sweep.Run(situation, new SweepOptions(SweepMethod.MonteCarlo, 3000, Seed: 1));
        var second = sweep.Run(situation, new SweepOptions(SweepMethod.MonteCarlo, 3000, Seed: 2));

        // Assert
        Assert.NotEqual(Shares(first), Shares(second));
    }

    [Theory]
    [InlineData(SweepMethod.LatinHypercube, 0.01)]
    [InlineData(SweepMethod.MonteCarlo, 0.03)]
    public void Run_Sampling_ApproachesTheFactorialShares(SweepMethod method, double tolerance)
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge, "wide");
        var sweep = new Sweep(Knowledge.Advisor);
        var exact = sweep.Run(situation);

        // Act
        var sampled = sweep.Run(situation, new SweepOptions(method, 4096, Seed: 3));

        // Assert
        Assert.Equal(SweepMethod.FullFactorial, exact.Method);
        Assert.Equal(method, sampled.Method);
        Assert.Equal(4096, sampled.Scenarios);
        foreach (var (e, s) in exact.Options.Zip(sampled.Options))
        {
            Assert.InRange(s.RecommendedShare, e.RecommendedShare - tolerance, e.RecommendedShare + tolerance);
        }
    }

    [Fact]
    public void Run_WithoutMemoizing_GivesTheSameResult()
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge, "wide");
        var sweep = new Sweep(Knowledge.Advisor);

        // Act
        var cached = sweep.Run(situation, new SweepOptions(SweepMethod.LatinHypercube, 2000, Seed: 5));
        var uncached = sweep.Run(situation, new SweepOptions(SweepMethod.LatinHypercube, 2000, Seed: 5) { Memoize = false });

        // Assert
        Assert.Equal(Shares(cached), Shares(uncached));
    }

    [Fact]
    public void Run_StatedSituation_FindsSingleChangeSignpostsInReadableWords()
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge);

        // Act
        var signposts = new Sweep(Knowledge.Advisor).Run(situation).Signposts;

        // Assert
        Assert.Contains(signposts, s => s.OptionId == "plan-b" && s.Lost && s.Text == "Sign now and ratify later stops being advised if referendum outcome becomes passed");
        Assert.Contains(signposts, s => s.OptionId == "plan-b" && s.Lost && s.Conditions.Single() == new SweepCondition("agreement", "status", "signed"));
        Assert.Contains(signposts, s => s.OptionId == "ratified" && !s.Lost && s.Conditions.Single().Value == "passed");
        Assert.DoesNotContain(signposts, s => s.OptionId == "hedge");
    }

    [Fact]
    public void Run_OptionThatFlipsInPartOfTheSpace_GetsABoxAroundIt()
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge);

        // Act
        var box = new Sweep(Knowledge.Advisor).Run(situation).Boxes.Single(b => b.OptionId == "ratified");

        // Assert: ratified is advised exactly where the vote passed.
        Assert.False(box.Lost);
        var restriction = Assert.Single(box.Restrictions);
        Assert.Equal(("referendum", "outcome"), (restriction.FactId, restriction.Field));
        Assert.Equal(["passed"], restriction.Values);
        Assert.Equal(1.0, box.Density, 12);
        Assert.Equal(1.0, box.Coverage, 12);
    }

    [Fact]
    public void Run_NonPositiveSampleCount_ThrowsInputError()
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge);

        // Act
        var error = Record.Exception(() => new Sweep(Knowledge.Advisor).Run(situation, new SweepOptions(Samples: 0)));

        // Assert
        Assert.IsType<WhatIfInputException>(error);
    }

    [Theory]
    [InlineData(1.5, 0.1)]
    [InlineData(-0.1, 0.1)]
    [InlineData(0.9, 2.0)]
    [InlineData(double.NaN, 0.1)]
    public void Run_RobustnessThresholdOutsideZeroToOne_ThrowsInputErrorNamingTheOption(double share, double riskShare)
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge);
        var options = new SweepOptions() { RobustShare = share, RobustRiskShare = riskShare };

        // Act
        var error = Record.Exception(() => new Sweep(Knowledge.Advisor).Run(situation, options));

        // Assert
        var input = Assert.IsType<WhatIfInputException>(error);
        Assert.StartsWith(share is >= 0 and <= 1 ? "--robust-risk-share must be between 0 and 1" : "--robust-share must be between 0 and 1", input.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Thresholds_DecideRobustnessAndAreRecordedInTheResult()
    {
        // Arrange
        var situation = TinyWorld.Situation(Knowledge);
        var sweep = new Sweep(Knowledge.Advisor);

        // Act: with no bar every option is robust; with the strictest bar only those advised everywhere, risk-free.
        var lenient = sweep.Run(situation, new SweepOptions() { RobustShare = 0, RobustRiskShare = 1 });
        var strict = sweep.Run(situation, new SweepOptions() { RobustShare = 1, RobustRiskShare = 0 });

        // Assert
        Assert.All(lenient.Options, o => Assert.True(o.Robust));
        Assert.Equal((0d, 1d), (lenient.RobustShare, lenient.RobustRiskShare));
        Assert.Equal((1d, 0d), (strict.RobustShare, strict.RobustRiskShare));
        Assert.All(strict.Options, o => Assert.Equal(o.RecommendedShare >= 1 && o.RiskShare <= 0, o.Robust));
        Assert.Contains(strict.Options, o => !o.Robust);
    }

    private static double[] Shares(SweepResult result) =>
        result.Options.SelectMany(o => new[] { o.RecommendedShare, o.RiskShare }).ToArray();
}
