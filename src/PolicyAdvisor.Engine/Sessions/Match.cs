using PolicyAdvisor.Engine.Rete;

namespace PolicyAdvisor.Engine.Sessions;

/// <summary>The bindings of one activation, read from its token's values.</summary>
internal sealed class Match(CompiledRule rule, object?[] values) : IMatch
{
    private IReadOnlyList<object>? _facts;

    /// <inheritdoc />
    public IReadOnlyList<string> Names => rule.Names;

    /// <inheritdoc />
    public object this[string name]
    {
        get
        {
            var slot = rule.SlotOf(name);
            return slot < 0
                ? throw new KeyNotFoundException($"No such binding. Rule={rule.Definition.Id} Binding={name}")
                : values[slot]!;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<object> Facts => _facts ??= rule.Flatten(values);
}
