using PolicyAdvisor.Advice.Running;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>Walks from a concluded fact down to the situation: every firing and every situation fact beneath it.</summary>
internal static class SupportChain
{
    /// <summary>Firings beneath <paramref name="fact"/> (its own first, then depth-first in premise order), without repeats.</summary>
    public static IReadOnlyList<Derivation> Derivations(AdviceRun run, object fact)
    {
        var seen = new HashSet<Derivation>(ReferenceEqualityComparer.Instance);
        var result = new List<Derivation>();
        Walk(run, fact, seen, result);
        return result;
    }

    /// <summary>Situation facts (not derived, not built-in) beneath <paramref name="fact"/>, in first-seen order.</summary>
    public static IReadOnlyList<object> Leaves(AdviceRun run, object fact)
    {
        var leaves = new List<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var premise in Derivations(run, fact).SelectMany(d => d.Premises).Prepend(fact))
        {
            if (run.DerivationOf(premise) is null && run.SituationFactOf(premise) is not null && seen.Add(premise))
            {
                leaves.Add(premise);
            }
        }

        return leaves;
    }

    private static void Walk(AdviceRun run, object fact, HashSet<Derivation> seen, List<Derivation> result)
    {
        if (run.DerivationOf(fact) is not { } derivation || !seen.Add(derivation))
        {
            return;
        }

        result.Add(derivation);
        foreach (var premise in derivation.Premises)
        {
            Walk(run, premise, seen, result);
        }
    }
}
