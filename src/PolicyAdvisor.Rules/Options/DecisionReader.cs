namespace PolicyAdvisor.Rules;

/// <summary>
/// Reads the <c>decisions</c> of options.yaml and checks them against the options: every listed id declared,
/// every option in one decision only, preferences between alternatives of their own decision, <c>while</c>
/// types in the schema. Options in no decision get a warning: the memo still shows them, each as a decision
/// of its own, but the author should place them.
/// </summary>
internal static class DecisionReader
{

    /// <summary>The valid decisions of <paramref name="node"/>, in file order.</summary>
    public static IReadOnlyList<DecisionSpec> Read(YamlNode? node, IReadOnlyList<OptionSpec> options, FactSchema? schema, DiagnosticBag diagnostics)
    {
        if (node is null)
        {
            return [];
        }

        var decisions = new List<DecisionSpec>();
        var placed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in node.AsSequence(diagnostics, "'decisions'")?.Items ?? [])
        {
            var decision = ReadDecision(item, options, placed, schema, diagnostics);
            if (decision is null)
            {
                continue;
            }

            if (decisions.Exists(d => d.Id == decision.Id))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateDecision, $"decision id '{decision.Id}' is declared twice", item);
                continue;
            }

            decisions.Add(decision);
        }

        var names = decisions.Select(d => d.Id).ToArray();
        foreach (var option in options.Where(o => !placed.ContainsKey(o.Id)))
        {
            diagnostics.Warning(
                DiagnosticCodes.OptionInNoDecision,
                $"option '{option.Id}' belongs to no decision, so the memo gives it a decision of its own; add its id to the 'alternatives' or 'complementary' of one of: {string.Join(", ", names)}",
                option.File,
                option.Line,
                option.Column);
        }

        return decisions;
    }

    private static DecisionSpec? ReadDecision(YamlNode node, IReadOnlyList<OptionSpec> options, Dictionary<string, string> placed, FactSchema? schema, DiagnosticBag diagnostics)
    {
        var map = node.AsMapping(diagnostics, "a decision");
        if (map is null || !map.CheckKeys(diagnostics, OptionsFileShape.Decision))
        {
            return null;
        }

        var idNode = map.Scalar("id", diagnostics)!;
        if (!RuleFileReader.IsKebab(idNode.Value))
        {
            diagnostics.Error(DiagnosticCodes.BadId, $"decision id '{idNode.Value}' must be kebab-case (lower-case words joined by '-')", idNode);
            return null;
        }

        var alternatives = Members(map, "alternatives", idNode.Value, options, placed, diagnostics);
        var complementary = Members(map, "complementary", idNode.Value, options, placed, diagnostics);
        var preferences = new List<PreferenceSpec>();
        foreach (var item in map["prefer"].AsSequence(diagnostics, "'prefer'")?.Items ?? [])
        {
            if (ReadPreference(item, alternatives, schema, diagnostics) is { } preference)
            {
                preferences.Add(preference);
            }
        }

        return new DecisionSpec(idNode.Value, map.String("question", diagnostics) ?? string.Empty, alternatives, complementary, preferences, node.File, node.Line, node.Column);
    }

    private static List<string> Members(YamlMapping map, string key, string decision, IReadOnlyList<OptionSpec> options, Dictionary<string, string> placed, DiagnosticBag diagnostics)
    {
        var members = new List<string>();
        foreach (var id in map.ScalarList(key, diagnostics))
        {
            if (!options.Any(o => o.Id == id.Value))
            {
                diagnostics.Error(DiagnosticCodes.UnknownDecisionOption, $"decision '{decision}' lists '{id.Value}', which options.yaml does not declare{Suggest.DidYouMean(id.Value, options.Select(o => o.Id))}", id);
                continue;
            }

            if (placed.TryGetValue(id.Value, out var other))
            {
                var where = other == decision ? "already in this decision" : $"already in decision '{other}'";
                diagnostics.Error(DiagnosticCodes.OptionInTwoDecisions, $"option '{id.Value}' is {where}; an option answers one decision, once", id);
                continue;
            }

            placed[id.Value] = decision;
            members.Add(id.Value);
        }

        return members;
    }

    private static PreferenceSpec? ReadPreference(YamlNode node, IReadOnlyList<string> alternatives, FactSchema? schema, DiagnosticBag diagnostics)
    {
        var map = node.AsMapping(diagnostics, "a preference");
        if (map is null || !map.CheckKeys(diagnostics, OptionsFileShape.Preference))
        {
            return null;
        }

        var option = map.Scalar("option", diagnostics)!;
        var over = map.Scalar("over", diagnostics)!;
        var ok = true;
        foreach (var named in new[] { option, over })
        {
            if (!alternatives.Contains(named.Value, StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.BadPreference, $"'{named.Value}' is not an alternative of this decision; a preference settles two of its alternatives{Suggest.DidYouMean(named.Value, alternatives)}", named);
                ok = false;
            }
        }

        if (ok && option.Value == over.Value)
        {
            diagnostics.Error(DiagnosticCodes.BadPreference, $"'{option.Value}' cannot prevail over itself", over);
            ok = false;
        }

        var types = map.ScalarList("while", diagnostics);
        foreach (var type in types.Where(t => schema is not null && schema.Find(t.Value) is null))
        {
            diagnostics.Error(DiagnosticCodes.UnknownPreferenceType, $"unknown fact type '{type.Value}'{Suggest.DidYouMean(type.Value, schema!.Types.Select(t => t.Name))}", type);
            ok = false;
        }

        return ok
            ? new PreferenceSpec(option.Value, over.Value, types.Select(t => t.Value).ToArray(), map.String("then", diagnostics), map.String("because", diagnostics) ?? string.Empty, node.File, node.Line, node.Column)
            : null;
    }
}
