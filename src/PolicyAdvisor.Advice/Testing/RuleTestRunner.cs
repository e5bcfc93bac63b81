using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Engine;

namespace PolicyAdvisor.Advice.Testing;

/// <summary>
/// Runs rule tests through an advisor and checks their expectations. A rule counts as fired in a test if it fired
/// at any point of the run (read from the run's RuleFired record), even if truth maintenance later withdrew
/// what it concluded.
/// </summary>
public sealed class RuleTestRunner(Advisor advisor)
{
    /// <summary>Runs one test.</summary>
    public RuleTestResult Run(RuleTestCase test)
    {
        ArgumentNullException.ThrowIfNull(test);
        AdviceRun run;
        try
        {
            run = advisor.Run(test.Situation, traced: true);
        }
        catch (RuleExecutionException e)
        {
            return new RuleTestResult(test, [$"the run stopped: {e.Message}"], []);
        }
        catch (RuleLoopException e)
        {
            return new RuleTestResult(test, [$"the run stopped: {e.Message}"], []);
        }

        var fired = run.Firings.Select(f => f.Rule.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new RuleTestResult(test, ExpectationCheck.Failures(test.Expect, run), fired);
    }

    /// <summary>Runs every test in order and computes rule coverage over them.</summary>
    public RuleTestSuiteResult RunAll(IEnumerable<RuleTestCase> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        var results = tests.Select(Run).ToArray();
        return new RuleTestSuiteResult(results, RuleCoverage.Of(advisor.RuleBase.Rules, results));
    }
}
