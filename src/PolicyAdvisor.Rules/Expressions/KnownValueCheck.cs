namespace PolicyAdvisor.Rules;

/// <summary>
/// Checks the text a condition compares with an id field against the ids that exist: <c>option == "x"</c> on a
/// Recommendation, <c>against.Contains("x")</c> on a Risk, <c>options.Contains("x")</c> on a Tradeoff name options
/// of the catalogue; <c>risk</c>, <c>tradeoff</c> and <c>rule</c> name what rules conclude. A misspelt id there
/// would make the premise silently never match.
/// </summary>
internal static class KnownValueCheck
{
    private static readonly (string Type, string Member, Domain Domain)[] Fields =
    [
        (BuiltInTypes.Recommendation, "option", Domain.Option),
        (BuiltInTypes.Risk, "against", Domain.Option),
        (BuiltInTypes.Tradeoff, "options", Domain.Option),
        (BuiltInTypes.Risk, "risk", Domain.Risk),
        (BuiltInTypes.Tradeoff, "tradeoff", Domain.Tradeoff),
        (BuiltInTypes.Recommendation, "rule", Domain.Rule),
        (BuiltInTypes.Risk, "rule", Domain.Rule),
        (BuiltInTypes.Tradeoff, "rule", Domain.Rule),
    ];

    private enum Domain
    {
        Option,
        Risk,
        Tradeoff,
        Rule,
    }

    /// <summary>
    /// Whether literals compared with <paramref name="member"/> of <paramref name="typeName"/> are checked here or,
    /// for fact ids (<c>id</c>), against the situations by the caller.
    /// </summary>
    public static bool IsChecked(string typeName, string member) =>
        member == "id" || Fields.Any(f => f.Type == typeName && f.Member == member);

    /// <summary>Reports every literal in <paramref name="uses"/> that names no existing id, with a did-you-mean.</summary>
    public static void Report(IReadOnlyList<LiteralUse> uses, OptionCatalog options, IReadOnlyList<RuleSpec> rules, DiagnosticBag diagnostics)
    {
        foreach (var use in uses)
        {
            var field = Fields.FirstOrDefault(f => f.Type == use.TypeName && f.Member == use.Member);
            if (field.Type is null)
            {
                continue;
            }

            var (known, what, where) = field.Domain switch
            {
                Domain.Option => (options.Options.Select(o => o.Id), "an option id", "options.yaml"),
                Domain.Risk => (Targets(rules, ActionKind.Risk), "a risk id", "any rule's 'risk:'"),
                Domain.Tradeoff => (Targets(rules, ActionKind.Tradeoff), "a trade-off id", "any rule's 'tradeoff:'"),
                _ => (rules.Select(r => r.Id), "a rule id", "the rule files"),
            };
            var ids = known.ToArray();
            if (!ids.Contains(use.Literal, StringComparer.Ordinal))
            {
                var code = field.Domain == Domain.Option ? DiagnosticCodes.ExprUnknownOption : DiagnosticCodes.ExprUnknownId;
                diagnostics.Error(code, $"\"{use.Literal}\" compared with {use.TypeName}.{use.Member} is not {what} in {where}, so this never matches{Suggest.DidYouMean(use.Literal, ids)}", use.File, use.Line, use.Column);
            }
        }
    }

    private static IEnumerable<string> Targets(IReadOnlyList<RuleSpec> rules, ActionKind kind) =>
        rules.Where(r => r.Action.Kind == kind).Select(r => r.Action.Target);
}
