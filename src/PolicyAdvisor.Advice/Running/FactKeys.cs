using NRules.RuleModel;

namespace PolicyAdvisor.Advice.Running;

/// <summary>How the advisor tells facts apart and orders them, independently of NRules' firing order.</summary>
internal static class FactKeys
{
    /// <summary>The fact's identity in working memory (type and id for schema facts).</summary>
    public static object Identity(object fact) => fact is IIdentityProvider provider ? provider.GetIdentity() : fact;
}

/// <summary>
/// Where a fact sorts in a run's working memory: the Situation fact, then the situation's facts in file order,
/// then derived facts by the load order of the rule that derived them and by id. Nothing here depends on the order
/// NRules fired in (its ties go first in, first out), so every listing of a run is stable.
/// </summary>
/// <param name="Group">0 the built-in Situation fact, 1 a situation fact, 2 a derived fact.</param>
/// <param name="Index">The situation fact's place in the file, or the deriving rule's load order.</param>
/// <param name="Id">The fact's id.</param>
internal readonly record struct FactOrder(int Group, int Index, string Id) : IComparable<FactOrder>
{
    public int CompareTo(FactOrder other)
    {
        var byGroup = Group.CompareTo(other.Group);
        if (byGroup != 0)
        {
            return byGroup;
        }

        var byIndex = Index.CompareTo(other.Index);
        return byIndex != 0 ? byIndex : string.CompareOrdinal(Id, other.Id);
    }
}
