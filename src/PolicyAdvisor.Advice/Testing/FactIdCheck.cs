using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Testing;

/// <summary>
/// Warns when a condition compares a fact's id with text that no situation or rule test gives a fact of that
/// type: likely a typo, since the premise then matches none of the facts the rule base is tested with.
/// </summary>
internal static class FactIdCheck
{
    /// <summary>Reports each such literal of <paramref name="ruleBase"/> against the <paramref name="stated"/> facts.</summary>
    public static void Report(RuleBase ruleBase, IReadOnlyList<SituationFact> stated, DiagnosticBag bag)
    {
        foreach (var use in ruleBase.FactIdLiterals)
        {
            // Derived and built-in facts get ids from the rules that conclude them, not from situations.
            if (ruleBase.Schema.Find(use.TypeName) is not { Derived: false, BuiltIn: false })
            {
                continue;
            }

            var ids = stated.Where(f => f.Type == use.TypeName).Select(f => f.Id).Distinct(StringComparer.Ordinal).ToArray();
            if (!ids.Contains(use.Literal, StringComparer.Ordinal))
            {
                bag.Warning(
                    DiagnosticCodes.ExprUnknownFactId,
                    $"no situation or rule test has {TypeWords.Fact(use.TypeName)} with id \"{use.Literal}\"{Suggest.DidYouMean(use.Literal, ids)}",
                    use.File,
                    use.Line,
                    use.Column);
            }
        }
    }
}
