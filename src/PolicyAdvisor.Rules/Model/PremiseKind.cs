namespace PolicyAdvisor.Rules;

/// <summary>The shape of one premise in a rule's <c>when</c>.</summary>
public enum PremiseKind
{
    /// <summary><c>- name: Type</c>: a matching fact, bound to the name.</summary>
    Pattern,

    /// <summary><c>- not: Type</c>: no matching fact exists.</summary>
    Not,

    /// <summary><c>- exists: Type</c>: at least one matching fact exists.</summary>
    Exists,

    /// <summary><c>- collect: Type</c> with <c>into</c>: all matching facts, as a list.</summary>
    Collect,
}
