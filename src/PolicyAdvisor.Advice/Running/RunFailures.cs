using System.Globalization;
using NRules;
using NRules.Diagnostics;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Running;

/// <summary>
/// Turns NRules' run-time failures into one positioned diagnostic: the premise (or, for an action, the rule) at
/// its file:line, the fact involved and the first line of what went wrong, never a stack trace.
/// </summary>
internal static class RunFailures
{
    /// <summary>The diagnostic for <paramref name="failure"/>; <paramref name="condition"/> is the failed condition NRules reported, if any.</summary>
    public static RuleRunException Translate(RuleBase rules, RuleExecutionException failure, LhsExpressionErrorEventArgs? condition)
    {
        for (Exception? inner = failure; inner is not null; inner = inner.InnerException)
        {
            if (inner is RuleRunException run)
            {
                return run;
            }
        }

        var cause = FirstLine(failure.InnerException?.Message ?? failure.Message);
        if (failure is RuleLhsExpressionEvaluationException && condition is not null)
        {
            // A condition shared by several rules is reported at the first of them in load order.
            var rule = condition.Rules.Select(rules.SpecOf).OfType<RuleSpec>().OrderBy(r => rules.OrderOf(r.Id)).FirstOrDefault();
            var premise = rule?.PremiseOf(condition.Expression);
            var facts = string.Join(", ", condition.Facts.Select(f => Describe(f.Value)));
            var message = Invariant($"a condition of rule '{rule?.Id ?? "?"}' ({Where(rule)}) failed on {facts}: {cause}");
            return new RuleRunException(At(rule, premise?.Line, premise?.Column, message), failure);
        }

        var actionRule = failure is RuleRhsExpressionEvaluationException rhs ? rules.FindRule(rhs.RuleName) : null;
        return new RuleRunException(At(actionRule, null, null, Invariant($"the action of rule '{actionRule?.Id ?? "?"}' ({Where(actionRule)}) failed while running: {cause}")), failure);
    }

    private static Diagnostic At(RuleSpec? rule, int? line, int? column, string message) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.RunFailed, message, rule?.File ?? string.Empty, line ?? rule?.Line ?? 0, column ?? rule?.Column ?? 0);

    // The rule's start by file name and line: the diagnostic's own position is the premise, and the message must
    // not carry a path that depends on the machine.
    private static string Where(RuleSpec? rule) => rule is null ? "unknown rule" : Invariant($"{Path.GetFileName(rule.File)}:{rule.Line}");

    private static string Describe(object? fact) => fact switch
    {
        null => "nothing",
        IReadOnlyCollection<object> list => Invariant($"a list of {list.Count} facts"),
        _ => fact.ToString() ?? fact.GetType().Name,
    };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
