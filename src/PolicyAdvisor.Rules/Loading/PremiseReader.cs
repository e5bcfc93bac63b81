using System.Linq.Expressions;

namespace PolicyAdvisor.Rules;

/// <summary>Reads a rule's <c>when</c> into premises, compiling every condition.</summary>
internal sealed class PremiseReader(RuleContext context)
{
    private static readonly string[] Clauses = [.. RuleFileShape.Clauses];
    private static readonly string[] Quantifiers = ["not", "exists", "collect"];

    /// <summary>The premises and bindings (name → type, null for a collect); null on error.</summary>
    public (IReadOnlyList<PremiseSpec> Premises, IReadOnlyDictionary<string, FactTypeSpec?> Bindings)? Read(YamlSequence when)
    {
        var diagnostics = context.Diagnostics;
        var errors = diagnostics.ErrorCount;
        var premises = new List<PremiseSpec>();
        var scope = new List<ScopeBinding>();
        var later = BindingLines(when);
        for (var index = 0; index < when.Items.Count; index++)
        {
            var map = when.Items[index].AsMapping(diagnostics, "a premise");
            if (map is null)
            {
                continue;
            }

            foreach (var (name, _) in BindingHeads(map))
            {
                later.Remove(name);
            }

            var premise = ReadPremise(map, index, scope, later);
            if (premise is not null)
            {
                premises.Add(premise);
            }
        }

        if (when.Items.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.BadPremise, "'when' needs at least one premise", when);
        }

        var bindings = scope.ToDictionary(b => b.Name, b => b.Spec, StringComparer.Ordinal);
        return diagnostics.ErrorCount > errors ? null : (premises, bindings);
    }

    private PremiseSpec? ReadPremise(YamlMapping map, int index, List<ScopeBinding> scope, Dictionary<string, int> later)
    {
        var diagnostics = context.Diagnostics;
        var heads = map.Entries.Where(e => !Clauses.Contains(e.Key.Value)).ToArray();
        if (heads.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.BadPremise, "a premise needs '<binding>: <Type>', 'not: <Type>', 'exists: <Type>' or 'collect: <Type>'", map);
            return null;
        }

        foreach (var (extra, _) in heads.Skip(1))
        {
            diagnostics.Error(DiagnosticCodes.UnknownKey, $"unknown key '{extra.Value}' in a premise: a premise has one '<binding>: <Type>' and may add {string.Join(", ", Clauses)}{Suggest.DidYouMean(extra.Value, Clauses)}", extra);
        }

        var (headKey, headValue) = heads[0];
        var kind = headKey.Value switch
        {
            "not" => PremiseKind.Not,
            "exists" => PremiseKind.Exists,
            "collect" => PremiseKind.Collect,
            _ => PremiseKind.Pattern,
        };
        var allowed = kind == PremiseKind.Collect ? Clauses : ["where"];
        foreach (var (key, _) in map.Entries.Where(e => Clauses.Contains(e.Key.Value) && !allowed.Contains(e.Key.Value)))
        {
            diagnostics.Error(DiagnosticCodes.UnknownKey, $"'{key.Value}' belongs only to a 'collect' premise", key);
        }

        var typeNode = headValue.AsScalar(diagnostics, $"'{headKey.Value}'");
        var type = typeNode is null ? null : context.Type(typeNode);
        var binding = kind switch
        {
            PremiseKind.Pattern => headKey,
            PremiseKind.Collect => map.Scalar("into", diagnostics),
            _ => null,
        };
        if (kind == PremiseKind.Collect && binding is null)
        {
            diagnostics.Error(DiagnosticCodes.BadPremise, "a 'collect' premise needs 'into: <name>' to name the list", map);
        }

        if (binding is not null && !CheckBindingName(binding, scope))
        {
            return null;
        }

        if (type is null || (kind == PremiseKind.Collect && binding is null))
        {
            return null;
        }

        var runtime = context.Schema.RuntimeType(type.Name);
        var elementName = kind == PremiseKind.Pattern ? binding!.Value : $"_{headKey.Value}{index}";
        var candidate = new ScopeBinding(elementName, type, Expression.Parameter(runtime, elementName));
        var where = Conditions(map, new ExpressionScope(candidate, scope.ToArray(), later, IsHaving: false));
        if (where is null)
        {
            return null;
        }

        switch (kind)
        {
            case PremiseKind.Pattern:
                scope.Add(candidate);
                return new PremiseSpec(kind, binding!.Value, elementName, type.Name, where, null, headKey.Line, headKey.Column);
            case PremiseKind.Not or PremiseKind.Exists:
                return new PremiseSpec(kind, null, elementName, type.Name, where, null, headKey.Line, headKey.Column);
            default:
                var list = new ScopeBinding(binding!.Value, null, Expression.Parameter(typeof(IReadOnlyList<object>), binding.Value));
                var having = Having(map, new ExpressionScope(list, scope.ToArray(), later, IsHaving: true), out var ok);
                if (!ok)
                {
                    return null;
                }

                scope.Add(list);
                return new PremiseSpec(kind, list.Name, elementName, type.Name, where, having, headKey.Line, headKey.Column);
        }
    }

    private IReadOnlyList<CompiledCondition>? Conditions(YamlMapping map, ExpressionScope scope)
    {
        var compiled = new List<CompiledCondition>();
        var ok = true;
        foreach (var text in map.ScalarList("where", context.Diagnostics))
        {
            var condition = context.Compiler.Compile(ExpressionSource.Of(text), scope, context.Diagnostics);
            ok &= condition is not null;
            if (condition is not null)
            {
                compiled.Add(condition);
            }
        }

        return ok && map["where"] is null or YamlScalar or YamlSequence ? compiled : null;
    }

    private CompiledCondition? Having(YamlMapping map, ExpressionScope scope, out bool ok)
    {
        ok = true;
        var text = map.Scalar("having", context.Diagnostics);
        if (text is null)
        {
            ok = map["having"] is null;
            return null;
        }

        var condition = context.Compiler.Compile(ExpressionSource.Of(text), scope, context.Diagnostics);
        ok = condition is not null;
        return condition;
    }

    private bool CheckBindingName(YamlScalar name, List<ScopeBinding> scope)
    {
        if (!RuleFileReader.IsBindingName(name.Value) || Quantifiers.Contains(name.Value) || FactSchemaLoader.ReservedFieldNames.Contains(name.Value))
        {
            context.Diagnostics.Error(DiagnosticCodes.BadBinding, $"'{name.Value}' cannot name a binding: use a snake_case word that is not reserved (e.g. agreement, open_demands)", name);
            return false;
        }

        if (scope.Exists(b => b.Name == name.Value))
        {
            context.Diagnostics.Error(DiagnosticCodes.BadBinding, $"binding '{name.Value}' is bound twice in this rule", name);
            return false;
        }

        return true;
    }

    private static Dictionary<string, int> BindingLines(YamlSequence when)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var map in when.Items.OfType<YamlMapping>())
        {
            foreach (var (name, line) in BindingHeads(map))
            {
                lines.TryAdd(name, line);
            }
        }

        return lines;
    }

    private static IEnumerable<(string Name, int Line)> BindingHeads(YamlMapping map)
    {
        foreach (var (key, value) in map.Entries)
        {
            if (key.Value == "into" && value is YamlScalar into)
            {
                yield return (into.Value, into.Line);
            }
            else if (!Clauses.Contains(key.Value) && !Quantifiers.Contains(key.Value))
            {
                yield return (key.Value, key.Line);
            }
        }
    }
}
