namespace PolicyAdvisor.Engine.Rete;

/// <summary>A rule as the network sees it: its definition, declaration index, chain of beta nodes and binding names.</summary>
internal sealed class CompiledRule(RuleDefinition definition, int index)
{
    private readonly List<string> _names = [];
    private readonly List<int> _slots = [];
    private readonly List<bool> _isCollection = [];

    /// <summary>The rule as declared.</summary>
    public RuleDefinition Definition { get; } = definition;

    /// <summary>Declaration index: the tie-break between equal priorities.</summary>
    public int Index { get; } = index;

    /// <summary>
    /// The agenda's first two keys in one number: priority descending (high 32 bits), then declaration index
    /// ascending (low 32 bits). One comparison instead of two, read without going through the definition.
    /// </summary>
    public ulong Rank { get; } = ((ulong)((long)int.MaxValue - definition.Priority) << 32) | (uint)index;

    /// <summary>Number of left-hand-side elements (the length of every token's values).</summary>
    public int ElementCount => Definition.Lhs.Count;

    /// <summary>First node of the chain (the terminal when the left-hand side is empty).</summary>
    public BetaNode First { get; set; } = null!;

    /// <summary>Binding names (patterns and collects) in declaration order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Registers a binding visible to the action.</summary>
    public void AddName(string name, int slot, bool isCollection)
    {
        _names.Add(name);
        _slots.Add(slot);
        _isCollection.Add(isCollection);
    }

    /// <summary>Slot of binding <paramref name="name"/>, or -1.</summary>
    public int SlotOf(string name)
    {
        for (var i = 0; i < _names.Count; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                return _slots[i];
            }
        }

        return -1;
    }

    /// <summary>The matched facts in declaration order, collections flattened.</summary>
    public IReadOnlyList<object> Flatten(object?[] values)
    {
        var facts = new List<object>();
        for (var i = 0; i < _names.Count; i++)
        {
            var value = values[_slots[i]];
            if (_isCollection[i] && value is IReadOnlyList<object> items)
            {
                facts.AddRange(items);
            }
            else if (value is not null)
            {
                facts.Add(value);
            }
        }

        return facts;
    }
}
