using PolicyAdvisor.Engine;

namespace PolicyAdvisor.Rules;

/// <summary>
/// The right-hand side of a compiled rule: builds the conclusion fact and inserts it linked, so it disappears
/// with its support. Conclusion ids combine the rule id and the ids of the matched facts, so the same rule
/// firing for different facts never collides.
/// </summary>
internal sealed class ActionRunner(FactSchema schema, string ruleId, ActionSpec action, Template because, IReadOnlyDictionary<string, Template> setTemplates)
{
    /// <summary>Runs the action for one activation.</summary>
    public void Run(IContext context)
    {
        var support = string.Join(",", context.Match.Facts.Where(schema.IsFact).Select(schema.IdOf));
        var id = $"{ruleId}({support})";
        var rationale = because.Render(context.Match, schema);
        var fact = action.Kind switch
        {
            ActionKind.Recommend => schema.CreateFact(BuiltInTypes.Recommendation, id, new Dictionary<string, object?>
            {
                ["option"] = action.Target, ["strength"] = action.Strength, ["rule"] = ruleId, ["because"] = rationale,
            }),
            ActionKind.Risk => schema.CreateFact(BuiltInTypes.Risk, id, new Dictionary<string, object?>
            {
                ["risk"] = action.Target, ["severity"] = action.Severity, ["against"] = action.Against, ["rule"] = ruleId, ["because"] = rationale,
            }),
            ActionKind.Tradeoff => schema.CreateFact(BuiltInTypes.Tradeoff, id, new Dictionary<string, object?>
            {
                ["tradeoff"] = action.Target, ["options"] = action.Sides.Select(s => s.Option).ToArray(), ["rule"] = ruleId, ["because"] = rationale,
            }),
            _ => schema.CreateFact(action.Target, $"{FactIds.Default(action.Target)}:{id}", Values(context.Match)),
        };
        context.InsertLinked(fact);
    }

    private Dictionary<string, object?> Values(IMatch match)
    {
        var values = new Dictionary<string, object?>(action.Set, StringComparer.Ordinal);
        foreach (var (field, template) in setTemplates)
        {
            values[field] = template.Render(match, schema);
        }

        return values;
    }
}
