namespace PolicyAdvisor.Rules;

/// <summary>The action in a rule's <c>then</c>.</summary>
public enum ActionKind
{
    /// <summary>Recommend an option from options.yaml.</summary>
    Recommend,

    /// <summary>Assert a derived fact (linked to its support).</summary>
    Assert,

    /// <summary>Flag a risk.</summary>
    Risk,

    /// <summary>Record a trade-off between two options.</summary>
    Tradeoff,
}
