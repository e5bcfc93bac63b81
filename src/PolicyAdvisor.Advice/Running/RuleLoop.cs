using System.Globalization;
using NRules;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Running;

/// <summary>
/// Describes a run that used up its firing budget. Counting every firing of every run would cost the common case,
/// so the cycle is found only once the budget is gone: a short window of further firings is watched, and the rules
/// that repeat in it are the loop, spelled out in the order they fed each other.
/// </summary>
internal static class RuleLoop
{
    private const int Window = 64;

    /// <summary>The PA0213 failure for a session whose agenda is still full after <paramref name="limit"/> firings.</summary>
    public static RuleRunException Describe(RuleBase rules, ISession session, int limit)
    {
        var fired = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
        session.Fire(Window);
        var cycle = Cycle(fired);
        var first = cycle.Select(rules.FindRule).OfType<RuleSpec>().OrderBy(r => rules.OrderOf(r.Id)).FirstOrDefault();
        var where = string.Join(", ", cycle.Distinct(StringComparer.Ordinal).Select(rules.FindRule).OfType<RuleSpec>().Select(r => $"'{r.Id}' at {Path.GetFileName(r.File)}:{r.Line}"));
        var path = string.Join(" → ", cycle.Append(cycle.FirstOrDefault() ?? "?"));
        var message = string.Create(CultureInfo.InvariantCulture,
            $"the rules kept firing past the budget of {limit:N0} firings; the cycle {path} re-derives its own premises ({where}): make one of them stop when its conclusion already holds");
        return new RuleRunException(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.RuleLoop, message, first?.File ?? string.Empty, first?.Line ?? 0, first?.Column ?? 0));
    }

    /// <summary>The shortest run of rules ending with the last firing that the window shows repeating.</summary>
    private static IReadOnlyList<string> Cycle(IReadOnlyList<string> fired)
    {
        if (fired.Count == 0)
        {
            return [];
        }

        var last = fired[^1];
        var previous = -1;
        for (var i = fired.Count - 2; i >= 0; i--)
        {
            if (fired[i] == last)
            {
                previous = i;
                break;
            }
        }

        return previous < 0 ? fired.Distinct(StringComparer.Ordinal).ToArray() : fired.Skip(previous + 1).ToArray();
    }
}
