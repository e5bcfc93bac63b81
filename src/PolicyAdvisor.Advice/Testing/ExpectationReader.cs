using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Testing;

/// <summary>
/// Reads a test's <c>expect</c> block and checks every id against the rule base, so a misspelt option or risk
/// is reported as an error instead of passing a <c>not_recommended</c> check forever.
/// </summary>
internal sealed class ExpectationReader
{
    private readonly string[] _options;
    private readonly string[] _risks;
    private readonly string[] _tradeoffs;
    private readonly string[] _derivedTypes;

    public ExpectationReader(RuleBase ruleBase)
    {
        _options = ruleBase.Options.Options.Select(o => o.Id).ToArray();
        _risks = Targets(ruleBase, ActionKind.Risk);
        _tradeoffs = Targets(ruleBase, ActionKind.Tradeoff);
        _derivedTypes = ruleBase.Schema.Types.Where(t => t.Derived).Select(t => t.Name).ToArray();
    }

    /// <summary>Reads <paramref name="node"/>; unknown ids are reported and dropped.</summary>
    public RuleTestExpectation Read(YamlNode? node, DiagnosticBag diagnostics)
    {
        if (node.AsMapping(diagnostics, "'expect'") is not { } map)
        {
            return RuleTestExpectation.None;
        }

        map.CheckKeys(diagnostics, RuleTestShape.Expect);
        return new RuleTestExpectation(
            Ids(map, "recommended", _options, "an option", diagnostics),
            Ids(map, "not_recommended", _options, "an option", diagnostics),
            Ids(map, "risks", _risks, "a risk", diagnostics),
            Ids(map, "no_risks", _risks, "a risk", diagnostics),
            Ids(map, "tradeoffs", _tradeoffs, "a trade-off", diagnostics),
            Ids(map, "no_tradeoffs", _tradeoffs, "a trade-off", diagnostics),
            Ids(map, "asserted", _derivedTypes, "a derived fact type", diagnostics),
            Ids(map, "not_asserted", _derivedTypes, "a derived fact type", diagnostics));
    }

    private static string[] Targets(RuleBase ruleBase, ActionKind kind) =>
        ruleBase.Rules.Where(r => r.Action.Kind == kind).Select(r => r.Action.Target).Distinct(StringComparer.Ordinal).ToArray();

    private static string[] Ids(YamlMapping map, string key, string[] known, string what, DiagnosticBag diagnostics)
    {
        var ids = new List<string>();
        foreach (var id in map.ScalarList(key, diagnostics))
        {
            if (known.Contains(id.Value, StringComparer.Ordinal))
            {
                ids.Add(id.Value);
                continue;
            }

            var where = what switch
            {
                "an option" => "in options.yaml",
                "a derived fact type" => "in facts.yaml",
                _ => "that any rule concludes",
            };
            diagnostics.Error(AdviceCodes.UnknownExpectation, $"'{key}': '{id.Value}' is not {what} {where}{Suggest.DidYouMean(id.Value, known)}", id);
        }

        return ids.ToArray();
    }
}
