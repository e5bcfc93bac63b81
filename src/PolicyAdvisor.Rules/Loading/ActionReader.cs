namespace PolicyAdvisor.Rules;

/// <summary>Reads a rule's <c>then</c> into an <see cref="ActionSpec"/> and the templates it renders when firing.</summary>
internal sealed class ActionReader(RuleContext context)
{
    // Each action's head is the first key of its shape.
    private static readonly string[] Heads = RuleFileShape.Actions.Select(a => a.Keys[0].Name).ToArray();

    /// <summary>The action and its templates (because; set fields of text), or null after diagnostics.</summary>
    public (ActionSpec Action, Template Because, IReadOnlyDictionary<string, Template> SetTemplates)? Read(YamlMapping then, IReadOnlyDictionary<string, FactTypeSpec?> bindings)
    {
        var diagnostics = context.Diagnostics;
        var heads = then.Entries.Where(e => Heads.Contains(e.Key.Value)).ToArray();
        if (heads.Length != 1)
        {
            var found = heads.Length == 0 ? "none" : string.Join(", ", heads.Select(h => h.Key.Value));
            diagnostics.Error(DiagnosticCodes.BadAction, $"'then' needs exactly one of {string.Join(", ", Heads)}; found {found}", heads.Length > 1 ? heads[1].Key : then);
            then.CheckKeys(diagnostics, "'then'", RuleFileShape.Actions.SelectMany(a => a.Names).Distinct().ToArray());
            return null;
        }

        var errors = diagnostics.ErrorCount;
        var head = heads[0].Key.Value;
        then.CheckKeys(diagnostics, RuleFileShape.Actions.First(a => a.Keys[0].Name == head));
        var target = heads[0].Value.AsScalar(diagnostics, $"'{head}'");
        var because = then.Scalar("because", diagnostics) is { } b ? Template.Parse(ExpressionSource.Of(b), bindings, diagnostics) : Template.Literal(string.Empty);
        if (target is null)
        {
            return null;
        }

        ActionSpec action = new(ActionKind.Recommend, target.Value, null, null, [], [], then.String("because", diagnostics) ?? string.Empty,
            new Dictionary<string, object?>(StringComparer.Ordinal), then.Line, then.Column);
        IReadOnlyDictionary<string, Template> templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        switch (head)
        {
            case "recommend":
                context.Option(target);
                action = action with { Strength = then.Has("strength") ? then.Choice("strength", diagnostics, BuiltInTypes.Strengths.ToArray()) : "moderate" };
                break;
            case "risk":
                Kebab(target, "risk id");
                action = action with
                {
                    Kind = ActionKind.Risk,
                    Severity = then.Has("severity") ? then.Choice("severity", diagnostics, BuiltInTypes.Severities.ToArray()) : "moderate",
                    Against = then.ScalarList("against", diagnostics).Where(context.Option).Select(o => o.Value).ToArray(),
                };
                break;
            case "tradeoff":
                Kebab(target, "trade-off id");
                action = action with { Kind = ActionKind.Tradeoff, Sides = Sides(then) };
                break;
            default:
                var (set, setTemplates) = Set(target, then, bindings);
                action = action with { Kind = ActionKind.Assert, Set = set };
                templates = setTemplates;
                break;
        }

        return diagnostics.ErrorCount > errors || because is null ? null : (action, because, templates);
    }

    private IReadOnlyList<TradeoffSide> Sides(YamlMapping then)
    {
        var diagnostics = context.Diagnostics;
        var between = then["between"].AsSequence(diagnostics, "'between'");
        if (between is null || between.Items.Count != 2)
        {
            diagnostics.Error(DiagnosticCodes.BadTradeoff, "a trade-off needs 'between' with exactly two sides (option, view, sources)", (YamlNode?)between ?? then);
            return [];
        }

        var sides = new List<TradeoffSide>();
        foreach (var item in between.Items)
        {
            var side = item.AsMapping(diagnostics, "a trade-off side");
            if (side is null || !side.CheckKeys(diagnostics, RuleFileShape.Side))
            {
                continue;
            }

            var option = side.Scalar("option", diagnostics);
            if (option is not null && context.Option(option))
            {
                sides.Add(new TradeoffSide(option.Value, side.String("view", diagnostics) ?? string.Empty, context.Claims(side, "sources")));
            }
        }

        return sides;
    }

    private (IReadOnlyDictionary<string, object?> Set, IReadOnlyDictionary<string, Template> Templates) Set(YamlScalar typeNode, YamlMapping then, IReadOnlyDictionary<string, FactTypeSpec?> bindings)
    {
        var diagnostics = context.Diagnostics;
        var set = new Dictionary<string, object?>(StringComparer.Ordinal);
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var type = context.Type(typeNode);
        if (type is null)
        {
            return (set, templates);
        }

        if (!type.Derived || type.BuiltIn)
        {
            diagnostics.Error(DiagnosticCodes.NotDerived, $"'{type.Name}' is not a derived type: mark it 'derived: true' in facts.yaml, or use recommend/risk/tradeoff", typeNode);
            return (set, templates);
        }

        foreach (var (fieldNode, valueNode) in then["set"].AsMapping(diagnostics, "'set'")?.Entries ?? [])
        {
            var field = type.Field(fieldNode.Value);
            if (field is null)
            {
                diagnostics.Error(DiagnosticCodes.UnknownField, $"{type.Name} has no field '{fieldNode.Value}'{Suggest.DidYouMean(fieldNode.Value, type.Fields.Select(f => f.Name))}", fieldNode);
                continue;
            }

            var value = context.Schema.ConvertValue(field, valueNode, diagnostics);
            set[field.Name] = value;
            if (field.Kind == FieldKind.String && valueNode is YamlScalar text && Template.Parse(ExpressionSource.Of(text), bindings, diagnostics) is { } template)
            {
                templates[field.Name] = template;
            }
        }

        return (set, templates);
    }

    private void Kebab(YamlScalar id, string what)
    {
        if (!RuleFileReader.IsKebab(id.Value))
        {
            context.Diagnostics.Error(DiagnosticCodes.BadId, $"{what} '{id.Value}' must be kebab-case (lower-case words joined by '-')", id);
        }
    }
}
