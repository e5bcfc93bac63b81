using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// A node of the alpha network: a type test at the root, then one shared condition per level. A node that ends
/// some pattern's alpha path owns an alpha memory whose successors are beta nodes.
/// </summary>
internal sealed class AlphaNode(Type factType, string key, CompiledCondition? condition)
{
    // Below this many children comparing one member with constants, testing each is cheaper than hashing.
    private const int DispatchThreshold = 4;

    private readonly List<AlphaNode> _children = [];
    private BetaNode[] _successors = [];
    private AlphaDispatchTable[] _tables = [];
    private AlphaNode[] _tested = [];

    /// <summary>Type of facts entering this subtree.</summary>
    public Type FactType { get; } = factType;

    /// <summary>Sharing key of the condition (empty for a type root).</summary>
    public string Key { get; } = key;

    /// <summary>The condition tested on entry (null for a type root).</summary>
    public CompiledCondition? Condition { get; } = condition;

    /// <summary>Index of this node's memory in a session, or -1 when no pattern ends here.</summary>
    public int MemoryId { get; set; } = -1;

    /// <summary>The condition as a member-equals-constant test, if it is one.</summary>
    public AlphaDispatch? Dispatch { get; private init; }

    /// <summary>Position among the parent's children, which fixes activation order.</summary>
    public int Order { get; private set; }

    /// <summary>Child nodes in creation order.</summary>
    public IReadOnlyList<AlphaNode> Children => _children;

    /// <summary>Beta nodes fed by the memory, deepest first.</summary>
    public BetaNode[] Successors => _successors;

    /// <summary>Returns the child testing <paramref name="childKey"/>, creating it with <paramref name="create"/>.</summary>
    public AlphaNode Child(string childKey, Func<CompiledCondition> create, Func<AlphaDispatch?> dispatch)
    {
        foreach (var child in _children)
        {
            if (string.Equals(child.Key, childKey, StringComparison.Ordinal))
            {
                return child;
            }
        }

        var node = new AlphaNode(FactType, childKey, create()) { Dispatch = dispatch() };
        _children.Add(node);
        return node;
    }

    /// <summary>Adds a successor.</summary>
    public void AddSuccessor(BetaNode node) => _successors = [.. _successors, node];

    /// <summary>
    /// Orders successors deepest level first: when one memory feeds two levels of a rule, the deeper node must see
    /// the new fact before the shallower one emits tokens that would reach it, or the pair would be joined twice.
    /// </summary>
    public void Freeze()
    {
        _successors = [.. _successors.OrderByDescending(n => n.Level).ThenBy(n => n.Rule.Index)];
        for (var i = 0; i < _children.Count; i++)
        {
            _children[i].Order = i;
            _children[i].Freeze();
        }

        BuildDispatch();
    }

    private void BuildDispatch()
    {
        var groups = _children.Where(c => c.Dispatch is not null)
            .GroupBy(c => c.Dispatch!.SideKey, StringComparer.Ordinal)
            .Where(g => g.Count() >= DispatchThreshold)
            .ToArray();
        var dispatched = new HashSet<AlphaNode>();
        var tables = new List<AlphaDispatchTable>();
        foreach (var group in groups)
        {
            var table = new AlphaDispatchTable(group.First().Dispatch!.CompileSide());
            foreach (var child in group)
            {
                table.Add(child.Dispatch!.Constant, child);
                dispatched.Add(child);
            }

            tables.Add(table);
        }

        _tables = [.. tables];
        _tested = [.. _children.Where(c => !dispatched.Contains(c))];
    }

    /// <summary>Passes a new fact down the subtree: memory first, then the children whose condition holds.</summary>
    public void Activate(Session session, FactHandle handle)
    {
        if (MemoryId >= 0)
        {
            var memory = session.AlphaMemoryOf(MemoryId);
            memory.Add(handle);
            session.IndexRight(memory, handle);
            foreach (var successor in _successors)
            {
                successor.RightActivate(session, handle);
            }
        }

        var candidates = _tables.Length == 0 ? _children : Candidates(session, handle.Fact);
        if (candidates is null)
        {
            return;
        }

        foreach (var child in candidates)
        {
            if (session.Test(child.Condition!, null, handle.Fact))
            {
                child.Activate(session, handle);
            }
        }
    }

    // The children worth testing, in creation order so that dispatch never changes what fires first.
    private List<AlphaNode>? Candidates(Session session, object fact)
    {
        if (_tested.Length == 0 && _tables.Length == 1)
        {
            // The table's own list is already in creation order: no copy (a list per fact) is needed.
            return _tables[0].Candidates(session, fact);
        }

        var candidates = new List<AlphaNode>(_tested);
        foreach (var table in _tables)
        {
            if (table.Candidates(session, fact) is { } found)
            {
                candidates.AddRange(found);
            }
        }

        if (candidates.Count > 1 && candidates.Count > _tested.Length)
        {
            candidates.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        }

        return candidates;
    }
}
