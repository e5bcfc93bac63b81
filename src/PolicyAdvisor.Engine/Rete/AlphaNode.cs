using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// A node of the alpha network: a type test at the root, then one shared condition per level. A node that ends
/// some pattern's alpha path owns an alpha memory whose successors are beta nodes.
/// </summary>
internal sealed class AlphaNode(Type factType, string key, CompiledCondition? condition)
{
    private readonly List<AlphaNode> _children = [];
    private BetaNode[] _successors = [];

    /// <summary>Type of facts entering this subtree.</summary>
    public Type FactType { get; } = factType;

    /// <summary>Sharing key of the condition (empty for a type root).</summary>
    public string Key { get; } = key;

    /// <summary>The condition tested on entry (null for a type root).</summary>
    public CompiledCondition? Condition { get; } = condition;

    /// <summary>Index of this node's memory in a session, or -1 when no pattern ends here.</summary>
    public int MemoryId { get; set; } = -1;

    /// <summary>Child nodes in creation order.</summary>
    public IReadOnlyList<AlphaNode> Children => _children;

    /// <summary>Beta nodes fed by the memory, deepest first.</summary>
    public BetaNode[] Successors => _successors;

    /// <summary>Returns the child testing <paramref name="childKey"/>, creating it with <paramref name="create"/>.</summary>
    public AlphaNode Child(string childKey, Func<CompiledCondition> create)
    {
        foreach (var child in _children)
        {
            if (string.Equals(child.Key, childKey, StringComparison.Ordinal))
            {
                return child;
            }
        }

        var node = new AlphaNode(FactType, childKey, create());
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
        foreach (var child in _children)
        {
            child.Freeze();
        }
    }

    /// <summary>Passes a new fact down the subtree: memory first, then the children whose condition holds.</summary>
    public void Activate(Session session, FactHandle handle)
    {
        if (MemoryId >= 0)
        {
            session.AlphaMemoryOf(MemoryId).Add(handle);
            foreach (var successor in _successors)
            {
                successor.RightActivate(session, handle);
            }
        }

        foreach (var child in _children)
        {
            if (session.Test(child.Condition!, null, handle.Fact))
            {
                child.Activate(session, handle);
            }
        }
    }
}
