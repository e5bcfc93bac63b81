using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NRules.RuleModel;

namespace PolicyAdvisor.Rules;

/// <summary>
/// The right-hand side of a translated rule: builds the conclusion fact and inserts it linked to the activation,
/// so NRules retracts it when the match goes and updates it when the match changes. Conclusion ids combine the rule
/// id and the ids of the matched facts, so the same rule firing for different facts never collides.
/// </summary>
internal sealed class ActionRunner(FactSchema schema, RuleSpecHeader rule, ActionSpec action, Template because, IReadOnlyDictionary<string, Template> setTemplates, RunBudgets budgets)
{
    // One conclusion per activation, so one key: NRules keeps linked facts per activation.
    private const string LinkKey = "conclusion";

    // Past this, the matched facts' ids are hashed into the conclusion's id: in a cycle of rules each id embeds the
    // last, and would otherwise grow until it, not the cycle, is what stops the run.
    private const int MaxSupportText = 1_000;

    /// <summary>Runs the action for one activation (first match or a changed match).</summary>
    public void Run(IContext context)
    {
        var bindings = Bindings(context.Match);
        var support = string.Join(",", context.Match.Facts.Select(f => f.Value).OfType<object>().Where(schema.IsFact).Select(schema.IdOf));
        if (support.Length > MaxSupportText)
        {
            support = "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(support)))[..16];
        }

        var id = $"{rule.Id}({support})";
        var rationale = because.Render(bindings, schema);
        Check("the conclusion's id", id);
        Check("its reason", rationale);
        var fact = action.Kind switch
        {
            ActionKind.Recommend => schema.CreateFact(BuiltInTypes.Recommendation, id, new Dictionary<string, object?>
            {
                ["option"] = action.Target, ["strength"] = action.Strength, ["rule"] = rule.Id, ["because"] = rationale,
            }),
            ActionKind.Risk => schema.CreateFact(BuiltInTypes.Risk, id, new Dictionary<string, object?>
            {
                ["risk"] = action.Target, ["severity"] = action.Severity, ["against"] = action.Against, ["rule"] = rule.Id, ["because"] = rationale,
            }),
            ActionKind.Tradeoff => schema.CreateFact(BuiltInTypes.Tradeoff, id, new Dictionary<string, object?>
            {
                ["tradeoff"] = action.Target, ["options"] = action.Sides.Select(s => s.Option).ToArray(), ["rule"] = rule.Id, ["because"] = rationale,
            }),
            _ => schema.CreateFact(action.Target, $"{FactIds.Default(action.Target)}:{id}", Values(bindings)),
        };

        if (context.GetLinked(LinkKey) is null)
        {
            context.InsertLinked(LinkKey, fact);
        }
        else
        {
            context.UpdateLinked(LinkKey, fact);
        }
    }

    /// <summary>
    /// The facts and collected lists the rule's premises bind, by binding name. NRules also matches the elements
    /// the translation adds (a collect's item pattern and raw collection), whose names start with '_' and which
    /// no binding name can.
    /// </summary>
    public static Dictionary<string, object> Bindings(IMatch match)
    {
        var bindings = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var fact in match.Facts)
        {
            if (!fact.Declaration.Name.StartsWith('_') && fact.Value is { } value)
            {
                bindings[fact.Declaration.Name] = value;
            }
        }

        return bindings;
    }

    private Dictionary<string, object?> Values(IReadOnlyDictionary<string, object> bindings)
    {
        var values = new Dictionary<string, object?>(action.Set, StringComparer.Ordinal);
        foreach (var (field, template) in setTemplates)
        {
            var value = template.Render(bindings, schema);
            Check($"field '{field}' of the {action.Target} it asserts", value);
            values[field] = value;
        }

        return values;
    }

    private void Check(string what, string text)
    {
        if (text.Length > budgets.MaxDerivedText)
        {
            throw new RuleRunException(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.DerivedValueTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"rule '{rule.Id}' built {what} of {text.Length:N0} characters, past the budget of {budgets.MaxDerivedText:N0}: does a derived fact feed its own text back through the rules?"),
                rule.File, rule.Line, rule.Column));
        }
    }
}
