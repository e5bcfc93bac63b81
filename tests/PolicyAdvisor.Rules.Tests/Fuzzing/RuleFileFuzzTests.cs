using System.Text.RegularExpressions;
using CsCheck;
using NRules;
using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Fuzzing;

/// <summary>
/// Random rule files and conditions through the whole loader: the answer is a rule base or our own positioned
/// diagnostics, never another exception; and a rule base that loads runs on the fixture's facts without any
/// exception other than the engine's own.
/// </summary>
public sealed class RuleFileFuzzTests : IDisposable
{
    private static readonly Regex Code = new("^PA[0-9]{4}$", RegexOptions.CultureInvariant);

    private readonly string _rules = Directory.CreateTempSubdirectory("pa-fuzz-").FullName;

    public RuleFileFuzzTests()
    {
        foreach (var shared in new[] { "facts.yaml", "options.yaml" })
        {
            File.Copy(Path.Combine(Fixtures.GoodRules, shared), Path.Combine(_rules, shared));
        }
    }

    public void Dispose() => Directory.Delete(_rules, recursive: true);

    [Fact]
    public void Load_RandomRuleFile_ReturnsRuleBaseOrOwnDiagnostics()
    {
        RuleFileGen.File.Sample(LoadAndRun, iter: 200, threads: 1);
    }

    [Fact]
    public void Load_DamagedRuleFile_ReturnsRuleBaseOrOwnDiagnostics()
    {
        RuleFileGen.Damaged.Sample(LoadAndRun, iter: 200, threads: 1);
    }

    [Fact]
    public void Load_RandomConditionInOtherwiseGoodRule_ReturnsRuleBaseOrOwnDiagnostics()
    {
        RuleFileGen.Condition.Sample(
            condition => LoadAndRun($$$"""
                rules:
                  - id: fuzzed-condition
                    kind: assessment
                    title: A generated condition
                    when:
                      - now: Situation
                      - demand: Precondition
                      - agreement: Agreement
                        where: {{{System.Text.Json.JsonSerializer.Serialize(condition)}}}
                    then:
                      assert: WindowNarrowing
                      set: { reason: "{{ agreement.status }}" }
                    sources: [test-2026#1]
                """),
            iter: 300,
            threads: 1);
    }

    private void LoadAndRun(string text)
    {
        // Arrange
        File.WriteAllText(Path.Combine(_rules, "fuzzed.rules.yaml"), text);

        // Act
        var ruleBase = RuleBaseLoader.Load(_rules, Fixtures.GoodSources, out var diagnostics);

        // Assert
        Assert.All(diagnostics, d =>
        {
            Assert.Matches(Code, d.Code);
            Assert.False(string.IsNullOrEmpty(d.File));
            Assert.True(d.Line >= 0 && d.Column >= 0, d.ToString());
            Assert.DoesNotContain('\n', d.Message);
        });
        Assert.True(ruleBase.SessionFactory is not null || diagnostics.Any(d => d.IsError), "no rule base and no error");
        if (ruleBase.SessionFactory is not null)
        {
            Fire(ruleBase);
        }
    }

    private static void Fire(RuleBase ruleBase)
    {
        var facts = new FixtureFacts(ruleBase.Schema);
        var session = ruleBase.SessionFactory!.CreateSession();
        try
        {
            session.Insert(facts.Situation());
            session.Insert(facts.Agreement("initialled"));
            session.Insert(facts.Precondition("constitution", "Azerbaijan", "constitution", met: false));
            session.Insert(facts.Precondition("access", "Azerbaijan", "access", met: false));
            // Bounded: a generated rule base may re-derive forever; the advisor's budget turns that into PA0213.
            session.Fire(10_000);
        }
        catch (RuleExecutionException)
        {
            // NRules' failures name the rule; the advisor turns them into a positioned PA0216.
        }
    }
}
