using PolicyAdvisor.Advice.Running;

namespace PolicyAdvisor.Advice.Testing;

/// <summary>
/// Compares a finished run with a test's expectations. Each unmet expectation yields one message that says what
/// was expected and what was found instead (for a missing conclusion, what was concluded; for an unwanted one,
/// the rule that concluded it), so the author can go straight to the rule.
/// </summary>
internal static class ExpectationCheck
{
    public static IReadOnlyList<string> Failures(RuleTestExpectation expect, AdviceRun run)
    {
        var failures = new List<string>();
        var recommended = run.Recommendations.Select(r => (r.Option, r.RuleId)).ToArray();
        var risks = run.Risks.Select(r => (r.Risk, r.RuleId)).ToArray();
        var tradeoffs = run.Tradeoffs.Select(t => (t.Tradeoff, t.RuleId)).ToArray();
        var asserted = DerivedFacts(run);
        Present(expect.Recommended, recommended, id => $"expected {id} recommended", failures);
        Absent(expect.NotRecommended, recommended, id => $"expected {id} not recommended", "recommended it", failures);
        Present(expect.Risks, risks, id => $"expected risk {id} flagged", failures);
        Absent(expect.NoRisks, risks, id => $"expected risk {id} not flagged", "flagged it", failures);
        Present(expect.Tradeoffs, tradeoffs, id => $"expected trade-off {id} shown", failures);
        Absent(expect.NoTradeoffs, tradeoffs, id => $"expected trade-off {id} not shown", "showed it", failures);
        Present(expect.Asserted, asserted, id => $"expected {id} asserted", failures);
        Absent(expect.NotAsserted, asserted, id => $"expected {id} not asserted", "asserted it", failures);
        return failures;
    }

    private static (string Id, string RuleId)[] DerivedFacts(AdviceRun run)
    {
        var schema = run.RuleBase.Schema;
        return schema.Types.Where(t => t.Derived)
            .SelectMany(t => run.FactsOf(t.Name).Select(f => (t.Name, run.DerivationOf(f)?.Rule.Id ?? "?")))
            .ToArray();
    }

    private static void Present(IReadOnlyList<string> wanted, (string Id, string RuleId)[] found, Func<string, string> expected, List<string> failures)
    {
        foreach (var id in wanted.Where(id => !found.Any(f => f.Id == id)))
        {
            var got = found.Select(f => f.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            failures.Add($"{expected(id)}; got: {(got.Length == 0 ? "none" : string.Join(", ", got))}");
        }
    }

    private static void Absent(IReadOnlyList<string> unwanted, (string Id, string RuleId)[] found, Func<string, string> expected, string verb, List<string> failures)
    {
        foreach (var id in unwanted)
        {
            var rules = found.Where(f => f.Id == id).Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (rules.Length > 0)
            {
                failures.Add($"{expected(id)}; rule {string.Join(", ", rules)} {verb}");
            }
        }
    }
}
