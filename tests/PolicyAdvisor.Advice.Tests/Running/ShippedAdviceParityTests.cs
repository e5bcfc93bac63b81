using System.Text;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Running;

/// <summary>
/// Pins what the shipped rule base concludes for every shipped situation: recommendations, risks, trade-offs and
/// derived facts, each with its rule and rendered reason. The fixture was first taken on the last commit before the
/// rules moved onto NRules, so the switch is proved not to change any advice; it is regenerated (set
/// <c>POLICYADVISOR_UPDATE_FIXTURES=1</c>) only when a rule edit changes the advice on purpose.
/// </summary>
public sealed class ShippedAdviceParityTests
{
    private const string FixtureName = "shipped-advice.txt";

    [Fact]
    public void Run_EveryShippedSituation_ConcludesWhatTheFixtureRecords()
    {
        // Arrange
        var root = RepositoryRoot();
        var diagnostics = new DiagnosticBag();
        var knowledge = KnowledgeBase.Load(Path.Combine(root, "rules"), Path.Combine(root, "seeds"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var fixture = Path.Combine(root, "tests", "PolicyAdvisor.Advice.Tests", "Running", "Fixtures", FixtureName);

        // Act
        var actual = Describe(knowledge!, diagnostics);

        // Assert
        if (Environment.GetEnvironmentVariable("POLICYADVISOR_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(fixture, actual);
        }

        Assert.Equal(File.ReadAllText(fixture).ReplaceLineEndings("\n"), actual);
    }

    private static string Describe(KnowledgeBase knowledge, DiagnosticBag diagnostics)
    {
        var text = new StringBuilder();
        foreach (var path in Directory.GetFiles(knowledge.SituationsDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var situation = knowledge.Situations.Load(path, diagnostics);
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
            var run = knowledge.Advisor.Run(situation!);
            var schema = run.RuleBase.Schema;
            var lines = run.Recommendations.Select(r => $"recommend {r.Option} [{r.Strength}] by {r.RuleId} ({r.FactId}): {r.Because}")
                .Concat(run.Risks.Select(r => $"risk {r.Risk} [{r.Severity}; against {string.Join(",", r.Against)}] by {r.RuleId} ({r.FactId}): {r.Because}"))
                .Concat(run.Tradeoffs.Select(t => $"tradeoff {t.Tradeoff} [{string.Join(" vs ", t.Sides.Select(s => s.Option))}] by {t.RuleId} ({t.FactId}): {t.Because}"))
                .Concat(run.Facts.Where(f => schema.Find(schema.TypeNameOf(f)) is { Derived: true, BuiltIn: false }).Select(f => $"derived {f}"))
                .Order(StringComparer.Ordinal);
            text.Append("# ").Append(Path.GetFileNameWithoutExtension(path)).Append('\n');
            foreach (var line in lines)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PolicyAdvisor.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PolicyAdvisor.sln not found above the test folder.");
    }
}
