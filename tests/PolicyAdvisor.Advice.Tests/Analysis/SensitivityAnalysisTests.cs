using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Advice.Tests.Determinism;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Analysis;

public sealed class SensitivityAnalysisTests
{
    private static readonly Lazy<ShippedMemo> Shipped = new(ShippedMemo.Load);

    public static TheoryData<string> ShippedSituations() =>
        [.. Directory.GetFiles(Path.Combine(Shipped.Value.Root, "seeds", "situations"), "*.yaml").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedSituations))]
    public void Flips_ShippedSituation_EqualThoseOfAFreshRunPerChange(string file)
    {
        // Arrange: the flips found by updating one live session there and back must be exactly those found by
        // running every changed situation from scratch, which is what the memo's signposts promise.
        var knowledge = Shipped.Value.Knowledge;
        var situation = Load(file);
        var analysis = new SensitivityAnalysis(knowledge.Advisor);
        var baseline = knowledge.Advisor.Run(situation, traced: false).RecommendedOptions;
        var expected = analysis.Changes(situation)
            .Select(c => (c, Changed: knowledge.Advisor.Run(situation.With(c.Fact.Id, c.Field, c.Value), traced: false).RecommendedOptions))
            .Select(x => new Flip(x.c.Fact.Id, x.c.Field, FactValues.Format(x.c.Value),
                baseline.Except(x.Changed, StringComparer.Ordinal).ToArray(), x.Changed.Except(baseline, StringComparer.Ordinal).ToArray()))
            .Where(f => f.Lost.Count > 0 || f.Gained.Count > 0)
            .ToArray();

        // Act
        var flips = analysis.Flips(situation);

        // Assert
        Assert.NotEmpty(analysis.Changes(situation));
        Assert.Equal(Describe(expected), Describe(flips));
    }

    private static Situation Load(string file)
    {
        var diagnostics = new DiagnosticBag();
        var situation = Shipped.Value.Knowledge.Situations.Load(Path.Combine(Shipped.Value.Root, "seeds", "situations", file), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return situation!;
    }

    private static string[] Describe(IEnumerable<Flip> flips) =>
        flips.Select(f => $"{f.FactId}.{f.Field}={f.Value}: -[{string.Join(",", f.Lost)}] +[{string.Join(",", f.Gained)}]").ToArray();
}
