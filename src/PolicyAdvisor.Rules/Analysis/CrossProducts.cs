namespace PolicyAdvisor.Rules;

/// <summary>
/// Finds rules that match every combination of facts of several patterns that no condition links: with n facts
/// per pattern such a rule has n to the power of the number of unlinked groups matches, each a possible firing
/// (three patterns over 300 facts: 27 million). Two unlinked patterns are common and cheap (a treaty and an
/// election), and so are several over types a situation states once (the treaty, the US engagement, a route),
/// which the schema cannot tell apart. So the threshold: more than <see cref="MaxUnlinkedPatterns"/> unlinked
/// groups, at least two of them over the same type (that type's facts paired with themselves, times the rest),
/// is reported (PA0241, a warning).
/// </summary>
internal static class CrossProducts
{
    /// <summary>The most groups of patterns a rule may leave unlinked without a warning.</summary>
    public const int MaxUnlinkedPatterns = 2;

    /// <summary>Reports each rule over the threshold as a warning at the rule.</summary>
    public static void Report(IReadOnlyList<RuleSpec> rules, DiagnosticBag diagnostics)
    {
        foreach (var rule in rules)
        {
            var patterns = rule.Premises.Where(p => p.Kind == PremiseKind.Pattern && p.Binding is not null).ToArray();
            if (patterns.Length <= MaxUnlinkedPatterns)
            {
                continue;
            }

            var groups = Groups(rule.Premises, patterns);
            var repeated = groups.SelectMany(g => g.Select(p => p.TypeName).Distinct(StringComparer.Ordinal))
                .GroupBy(t => t, StringComparer.Ordinal)
                .Any(t => t.Count() > 1);
            if (groups.Count <= MaxUnlinkedPatterns || !repeated)
            {
                continue;
            }

            var shown = string.Join("; ", groups.Select(g => string.Join(", ", g.Select(p => $"{p.Binding}: {p.TypeName}"))));
            diagnostics.Warning(
                DiagnosticCodes.CrossProduct,
                $"rule '{rule.Id}' matches every combination of {groups.Count} groups of patterns that no condition links ({shown}): with n facts each that is n^{groups.Count} matches; link them with a condition (e.g. 'b.subject == a.subject'), or split the rule",
                rule.File,
                rule.Line,
                rule.Column);
        }
    }

    // Patterns joined, directly or through other premises, by conditions that read more than one of them.
    private static List<List<PremiseSpec>> Groups(IReadOnlyList<PremiseSpec> premises, IReadOnlyList<PremiseSpec> patterns)
    {
        var root = patterns.ToDictionary(p => p.Binding!, p => p.Binding!, StringComparer.Ordinal);
        string Find(string name) => root[name] == name ? name : root[name] = Find(root[name]);
        foreach (var premise in premises)
        {
            var conditions = premise.Conditions.Concat(premise.HavingCondition is { } having ? [having] : Array.Empty<CompiledCondition>());
            var linked = conditions.SelectMany(c => c.Declarations.Skip(1))
                .Concat(premise.Kind == PremiseKind.Pattern && premise.Binding is { } own ? [own] : [])
                .Where(root.ContainsKey)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            foreach (var other in linked.Skip(1))
            {
                root[Find(other)] = Find(linked[0]);
            }
        }

        return patterns.GroupBy(p => Find(p.Binding!), StringComparer.Ordinal).Select(g => g.ToList()).ToList();
    }
}
