namespace PolicyAdvisor.Rules;

/// <summary>Warnings about parts of the rule base nothing uses: likely gaps or leftovers.</summary>
internal static class UsageWarnings
{
    /// <summary>Warns about options no rule recommends and declared fact types no rule mentions.</summary>
    public static void Report(FactSchema schema, OptionCatalog options, IReadOnlyList<RuleSpec> rules, DiagnosticBag diagnostics)
    {
        var recommended = rules.Where(r => r.Action.Kind == ActionKind.Recommend).Select(r => r.Action.Target).ToHashSet(StringComparer.Ordinal);
        foreach (var option in options.Options.Where(o => !recommended.Contains(o.Id)))
        {
            diagnostics.Warning(DiagnosticCodes.UnusedOption, $"no rule recommends option '{option.Id}'", option.File, option.Line, option.Column);
        }

        var used = rules.SelectMany(r => r.Premises.Select(p => p.TypeName))
            .Concat(rules.Where(r => r.Action.Kind == ActionKind.Assert).Select(r => r.Action.Target))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var type in schema.Types.Where(t => !t.BuiltIn && !used.Contains(t.Name)))
        {
            diagnostics.Warning(DiagnosticCodes.UnusedType, $"no rule uses fact type '{type.Name}'", type.File, type.Line, type.Column);
        }
    }
}
