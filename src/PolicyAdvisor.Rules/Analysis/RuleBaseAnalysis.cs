namespace PolicyAdvisor.Rules;

/// <summary>
/// What <c>rules check</c> can tell about the whole rule base before anything runs: derived types that can
/// re-derive themselves (<see cref="AssertCycles"/>) and rules that match unlinked combinations of facts
/// (<see cref="CrossProducts"/>). Both are warnings: such a rule base may be meant, but at run time it can
/// fire until a budget stops it.
/// </summary>
internal static class RuleBaseAnalysis
{
    /// <summary>Reports every finding as a warning at the rule concerned.</summary>
    /// <param name="schema">The fact schema (which types are derived).</param>
    /// <param name="rules">The valid rules.</param>
    /// <param name="rulesDirectory">The rules folder; rules are named in messages relative to its parent (<c>rules/x.rules.yaml:12</c>).</param>
    /// <param name="diagnostics">Receives the warnings.</param>
    public static void Report(FactSchema schema, IReadOnlyList<RuleSpec> rules, string rulesDirectory, DiagnosticBag diagnostics)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(rulesDirectory))) ?? string.Empty;
        string Place(RuleSpec rule) => $"{GuardedYamlReader.DisplayPath(Path.GetRelativePath(parent, Path.GetFullPath(rule.File)))}:{rule.Line}";
        AssertCycles.Report(schema, rules, Place, diagnostics);
        CrossProducts.Report(rules, diagnostics);
    }
}
