using System.Text.RegularExpressions;

namespace PolicyAdvisor.Rules;

/// <summary>Reads one *.rules.yaml file into validated <see cref="RuleSpec"/>s with their NRules definitions.</summary>
internal sealed partial class RuleFileReader(RuleContext context)
{

    /// <summary>Whether <paramref name="id"/> is kebab-case: lower-case letters and digits in words joined by '-'.</summary>
    public static bool IsKebab(string id) => KebabPattern().IsMatch(id);

    /// <summary>Whether <paramref name="name"/> can name a binding (snake_case).</summary>
    public static bool IsBindingName(string name) => BindingPattern().IsMatch(name);

    /// <summary>Reads the rules of one file; <paramref name="seen"/> holds ids already used (with their node) across files.</summary>
    public IReadOnlyList<RuleSpec> Read(YamlNode root, Dictionary<string, YamlNode> seen)
    {
        var diagnostics = context.Diagnostics;
        var top = root.AsMapping(diagnostics, "a rules file");
        if (top is null || !top.CheckKeys(diagnostics, RuleFileShape.File))
        {
            return [];
        }

        var rules = new List<RuleSpec>();
        foreach (var item in top["rules"].AsSequence(diagnostics, "'rules'")?.Items ?? [])
        {
            var map = item.AsMapping(diagnostics, "a rule");
            var rule = map is null ? null : ReadRule(map, seen);
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private RuleSpec? ReadRule(YamlMapping map, Dictionary<string, YamlNode> seen)
    {
        var diagnostics = context.Diagnostics;
        var errors = diagnostics.ErrorCount;
        map.CheckKeys(diagnostics, RuleFileShape.Rule);
        var idNode = map.Scalar("id", diagnostics);
        if (idNode is not null)
        {
            if (!IsKebab(idNode.Value))
            {
                diagnostics.Error(DiagnosticCodes.BadId, $"rule id '{idNode.Value}' must be kebab-case (lower-case words joined by '-')", idNode);
            }
            else if (seen.TryGetValue(idNode.Value, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateRule, $"rule id '{idNode.Value}' is already used at {Where(first, idNode)}", idNode);
            }
            else
            {
                seen[idNode.Value] = idNode;
            }
        }

        var kind = map.Choice("kind", diagnostics, [.. RuleFileShape.Kinds]);
        var priority = map.Has("priority") ? map.Int("priority", diagnostics) : 0;
        var sources = context.Claims(map, "sources");
        var when = map["when"].AsSequence(diagnostics, "'when'");
        var lhs = when is null ? null : new PremiseReader(context).Read(when);
        var then = map["then"].AsMapping(diagnostics, "'then'");
        var rhs = then is null || lhs is null ? null : new ActionReader(context).Read(then, lhs.Value.Bindings);
        if (diagnostics.ErrorCount > errors || idNode is null || kind is null || priority is null || lhs is null || rhs is null)
        {
            return null;
        }

        if (!map.Has("sources") || map.ScalarList("sources", diagnostics).Count == 0)
        {
            diagnostics.Warning(DiagnosticCodes.NoSources, $"rule '{idNode.Value}' cites no sources: add the claim ids it rests on", idNode);
        }

        var (action, because, templates) = rhs.Value;
        var runner = new ActionRunner(context.Schema, new RuleSpecHeader(idNode.Value, map.File, map.Line, map.Column), action, because, templates, context.Budgets);
        return new RuleSpec(idNode.Value, Enum.Parse<RuleKind>(kind, ignoreCase: true), map.String("title", diagnostics) ?? string.Empty, priority.Value,
            sources, map.String("notes", diagnostics), map.File, map.Line, map.Column, lhs.Value.Premises, action,
            spec => RuleTranslator.Translate(spec, context.Schema, runner))
        {
            BecauseRenderer = bindings => because.Render(bindings, context.Schema),
        };
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex BindingPattern();

    // The first use, named relative to the file of the second (never an absolute path, which would differ by machine).
    private static string Where(YamlNode first, YamlNode second)
    {
        if (string.Equals(first.File, second.File, StringComparison.Ordinal))
        {
            return $"line {first.Line}, column {first.Column}";
        }

        var folder = Path.GetDirectoryName(second.File) ?? string.Empty;
        return $"{GuardedYamlReader.DisplayPath(Path.GetRelativePath(folder.Length == 0 ? "." : folder, first.File))}({first.Line},{first.Column})";
    }
}
