using System.Linq.Expressions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// Builds the network from rule definitions: splits each pattern's conditions into alpha conditions (reading only
/// the candidate, shared between rules) and join conditions, and chains one beta node per element.
/// </summary>
internal sealed class NetworkBuilder
{
    private static readonly Type CollectionType = typeof(IReadOnlyList<object>);

    private readonly List<AlphaNode> _roots = [];
    private readonly ExpressionKey _keys = new();
    private readonly Dictionary<string, int> _rightIndexIds = new(StringComparer.Ordinal);
    private readonly List<AlphaNode> _memoryNodes = [];
    private int _betaNodes;

    /// <summary>Compiles the rules into a network.</summary>
    public Network Build(IEnumerable<RuleDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var rules = new List<CompiledRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (definition is null)
            {
                throw new RuleCompilationException("Rule set contains a null rule.", string.Empty);
            }

            if (!ids.Add(definition.Id))
            {
                throw new RuleCompilationException($"Duplicate rule id. Rule={definition.Id}", definition.Id);
            }

            rules.Add(BuildRule(definition, rules.Count));
        }

        foreach (var root in _roots)
        {
            root.Freeze();
        }

        return new Network([.. rules], _roots, [.. _memoryNodes], _betaNodes);
    }

    private CompiledRule BuildRule(RuleDefinition definition, int index)
    {
        var rule = new CompiledRule(definition, index);
        var earlier = new List<Binding>();
        var nodes = new List<BetaNode>();
        for (var level = 0; level < definition.Lhs.Count; level++)
        {
            nodes.Add(BuildElement(rule, definition.Lhs[level], level, earlier));
        }

        nodes.Add(new TerminalNode(_betaNodes++, definition.Lhs.Count, rule));
        for (var i = 0; i + 1 < nodes.Count; i++)
        {
            nodes[i].Next = nodes[i + 1];
        }

        rule.First = nodes[0];
        return rule;
    }

    private BetaNode BuildElement(CompiledRule rule, RuleElement element, int level, List<Binding> earlier)
    {
        var id = rule.Definition.Id;
        switch (element)
        {
            case PatternElement pattern:
            {
                var node = BuildPatternNode(rule, pattern, level, earlier, (memory, joins, index) =>
                    new JoinNode(_betaNodes++, level, rule, memory, joins) { Index = index });
                earlier.Add(new Binding(pattern.Name, pattern.FactType, level, IsCandidate: false));
                rule.AddName(pattern.Name, level, isCollection: false);
                return node;
            }

            case NotElement not:
                return BuildPatternNode(rule, not.Pattern, level, earlier, (memory, joins, index) =>
                    new QuantifierNode(_betaNodes++, level, rule, memory, joins, negated: true) { Index = index });
            case ExistsElement exists:
                return BuildPatternNode(rule, exists.Pattern, level, earlier, (memory, joins, index) =>
                    new QuantifierNode(_betaNodes++, level, rule, memory, joins, negated: false) { Index = index });
            case CollectElement collect:
            {
                EnsureNewName(collect.Name, earlier, id);
                var scope = new BindingScope(earlier, new Binding(collect.Name, CollectionType, level, IsCandidate: true));
                var having = collect.Conditions.Select(c => ConditionCompiler.Compile(c.Expression, scope, id)).ToArray();
                if (string.Equals(collect.Name, collect.Source.Name, StringComparison.Ordinal))
                {
                    throw new RuleCompilationException($"A collect and its source pattern need different names. Rule={id} Binding={collect.Name}", id);
                }

                var node = BuildPatternNode(rule, collect.Source, level, earlier, (memory, joins, index) =>
                    new CollectNode(_betaNodes++, level, rule, memory, joins, having) { Index = index });
                earlier.Add(new Binding(collect.Name, CollectionType, level, IsCandidate: false));
                rule.AddName(collect.Name, level, isCollection: true);
                return node;
            }

            default:
                throw new RuleCompilationException($"Unsupported rule element. Rule={id} Element={element?.GetType().Name ?? "null"}", id);
        }
    }

    private BetaNode BuildPatternNode(
        CompiledRule rule,
        PatternElement pattern,
        int level,
        List<Binding> earlier,
        Func<int, CompiledCondition[], JoinIndexSpec?, BetaNode> create)
    {
        var id = rule.Definition.Id;
        EnsureNewName(pattern.Name, earlier, id);
        var candidate = new Binding(pattern.Name, pattern.FactType, level, IsCandidate: true);
        var alphaScope = new BindingScope([], candidate);
        var joinScope = new BindingScope(earlier, candidate);
        var alpha = Root(pattern.FactType);
        var joinParts = new List<LambdaExpression>();
        foreach (var condition in pattern.Conditions)
        {
            ConditionCompiler.Validate(condition.Expression, joinScope, id);
            foreach (var part in ConditionSplitter.Split(condition.Expression))
            {
                if (part.Parameters.All(p => string.Equals(p.Name, pattern.Name, StringComparison.Ordinal)))
                {
                    alpha = alpha.Child(_keys.For(part), () => ConditionCompiler.Compile(part, alphaScope, id), () => AlphaDispatch.TryCreate(part, alphaScope, id));
                }
                else
                {
                    joinParts.Add(part);
                }
            }
        }

        if (alpha.MemoryId < 0)
        {
            alpha.MemoryId = _memoryNodes.Count;
            _memoryNodes.Add(alpha);
        }

        // Only the first join part may index: a later one could rely on an earlier part to guard it.
        var index = joinParts.Count == 0 ? null : JoinIndexSpec.TryCreate(joinParts[0], pattern.Name, joinScope, id, _keys);
        if (index is not null)
        {
            var rightKey = $"{alpha.MemoryId}|{index.FactSideKey}";
            if (!_rightIndexIds.TryGetValue(rightKey, out var rightId))
            {
                _rightIndexIds[rightKey] = rightId = _rightIndexIds.Count;
            }

            index = index with { RightIndexId = rightId };
        }

        var joins = joinParts.Select(part => ConditionCompiler.Compile(part, joinScope, id)).ToArray();
        var node = create(alpha.MemoryId, joins, index);
        alpha.AddSuccessor(node);
        return node;
    }

    private AlphaNode Root(Type factType)
    {
        foreach (var root in _roots)
        {
            if (root.FactType == factType)
            {
                return root;
            }
        }

        var created = new AlphaNode(factType, string.Empty, null);
        _roots.Add(created);
        return created;
    }

    private static void EnsureNewName(string name, List<Binding> earlier, string ruleId)
    {
        if (earlier.Any(b => string.Equals(b.Name, name, StringComparison.Ordinal)))
        {
            throw new RuleCompilationException($"Binding name is declared twice. Rule={ruleId} Binding={name}", ruleId);
        }
    }
}
