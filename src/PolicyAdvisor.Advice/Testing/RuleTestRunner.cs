using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Testing;

/// <summary>
/// Runs rule tests through an advisor and checks their expectations. A rule counts as fired in a test if it fired
/// at any point of the run (seen through a RuleFired subscription), even if truth maintenance later withdrew
/// what it concluded.
/// </summary>
public sealed class RuleTestRunner(Advisor advisor)
{
    /// <summary>Runs one test.</summary>
    public RuleTestResult Run(RuleTestCase test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var fired = new SortedSet<string>(StringComparer.Ordinal);
        AdviceRun run;
        try
        {
            run = advisor.Run(test.Situation, traced: true, observe: events => events.Session.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name));
        }
        catch (RuleRunException e)
        {
            return new RuleTestResult(test, [$"the run stopped: {e.Diagnostic}"], fired.ToArray(), Stopped: true) { StoppedBy = e.Diagnostic };
        }

        return new RuleTestResult(test, ExpectationCheck.Failures(test.Expect, run), fired.ToArray());
    }

    /// <summary>Runs every test in order and computes rule coverage over them.</summary>
    public RuleTestSuiteResult RunAll(IEnumerable<RuleTestCase> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        var results = tests.Select(Run).ToArray();
        return new RuleTestSuiteResult(results, RuleCoverage.Of(advisor.RuleBase.Rules, results));
    }
}
