using System.Globalization;
using PolicyAdvisor.Advice.Testing;

namespace PolicyAdvisor.Cli.Authoring;

/// <summary>
/// Prints rule-test results: a PASS/FAIL line per test (failures with the test's file:line so an editor can jump
/// there), the rules coverage misses, and a closing count line.
/// </summary>
internal static class TestReportWriter
{
    /// <summary>Writes the report for <paramref name="suite"/>; <paramref name="display"/> shortens paths.</summary>
    public static void Write(TextWriter output, RuleTestSuiteResult suite, Func<string, string> display)
    {
        foreach (var result in suite.Results)
        {
            if (result.Passed)
            {
                output.WriteLine($"PASS {result.Test.Name}");
                continue;
            }

            var where = string.Create(CultureInfo.InvariantCulture, $"{display(result.Test.File)}:{result.Test.Line}");
            var first = result.StoppedBy is { } stop ? $"the run stopped: {stop with { File = display(stop.File) }}" : result.Failures[0];
            output.WriteLine($"FAIL {result.Test.Name}: {first} ({where})");
            foreach (var failure in result.Failures.Skip(1))
            {
                output.WriteLine($"     also: {failure}");
            }
        }

        var coverage = suite.Coverage;
        output.WriteLine();
        foreach (var entry in coverage.NeverFired)
        {
            output.WriteLine(Missing(entry, "never seen firing", display));
        }

        foreach (var entry in coverage.NeverSeenNotFiring.Where(e => e.FiredIn > 0))
        {
            output.WriteLine(Missing(entry, "never seen not firing (no test makes a premise fail)", display));
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{suite.PassedCount} passed, {suite.FailedCount} failed; coverage {coverage.Percent:F1}% ({coverage.CoveredCount} of {coverage.Entries.Count} rules seen firing and not firing)"));
    }

    private static string Missing(RuleCoverageEntry entry, string what, Func<string, string> display) =>
        string.Create(CultureInfo.InvariantCulture, $"uncovered {entry.RuleId}: {what} ({display(entry.File)}:{entry.Line})");
}
