using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// The children of one alpha node that compare the same fact member with constants, bucketed by constant.
/// Buckets are only looked up, never enumerated, so hash order cannot reach the output.
/// </summary>
internal sealed class AlphaDispatchTable(CompiledKey key)
{
    private readonly Dictionary<object, List<AlphaNode>> _byConstant = [];

    /// <summary>Adds a child under its constant (children arrive in creation order and keep it).</summary>
    public void Add(object constant, AlphaNode child)
    {
        if (!_byConstant.TryGetValue(constant, out var children))
        {
            _byConstant[constant] = children = [];
        }

        children.Add(child);
    }

    /// <summary>The children whose constant equals the fact's member value, or null.</summary>
    public List<AlphaNode>? Candidates(Session session, object fact) =>
        session.KeyOf(key, null, fact) is { } value ? _byConstant.GetValueOrDefault(value) : null;
}
