using PolicyAdvisor.Engine.Sessions;

namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// A node of one rule's beta chain. Node <c>i</c> receives tokens binding elements <c>0..i-1</c> in its left
/// memory and, for element <c>i</c>, facts from an alpha memory on its right. Nodes are stateless: memories live
/// in the session, indexed by <see cref="Id"/>.
/// </summary>
internal abstract class BetaNode(int id, int level, CompiledRule rule, int alphaMemoryId, CompiledCondition[] conditions)
{
    /// <summary>Index of this node's left memory in a session.</summary>
    public int Id { get; } = id;

    /// <summary>The element index this node matches (the terminal's level is the element count).</summary>
    public int Level { get; } = level;

    /// <summary>The rule the node belongs to.</summary>
    public CompiledRule Rule { get; } = rule;

    /// <summary>The right-hand alpha memory, or -1 for the terminal.</summary>
    public int AlphaMemoryId { get; } = alphaMemoryId;

    /// <summary>Join conditions between a left token and a right fact.</summary>
    public CompiledCondition[] Conditions { get; } = conditions;

    /// <summary>The node receiving this node's output tokens.</summary>
    public BetaNode? Next { get; set; }

    /// <summary>A token arrived on the left (it is already in this node's memory).</summary>
    public abstract void LeftActivate(Session session, Token token);

    /// <summary>A fact arrived on the right (it is already in the alpha memory).</summary>
    public abstract void RightActivate(Session session, FactHandle handle);

    /// <summary>A token left this node's memory; release what the node kept for it.</summary>
    public abstract void OnTokenRemoved(Session session, Token token);

    /// <summary>Whether every join condition holds for <paramref name="token"/> and <paramref name="fact"/>.</summary>
    protected bool Matches(Session session, Token token, object fact)
    {
        var conditions = Conditions;
        for (var i = 0; i < conditions.Length; i++)
        {
            if (!session.Test(conditions[i], token.Values, fact))
            {
                return false;
            }
        }

        return true;
    }
}
