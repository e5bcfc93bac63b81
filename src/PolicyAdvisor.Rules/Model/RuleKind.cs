namespace PolicyAdvisor.Rules;

/// <summary>What a rule concludes, as declared by its <c>kind</c>.</summary>
public enum RuleKind
{
    /// <summary>Derives a fact about the situation.</summary>
    Assessment,

    /// <summary>Recommends a policy option.</summary>
    Option,

    /// <summary>Flags a risk.</summary>
    Risk,

    /// <summary>Records a trade-off between two options.</summary>
    Tradeoff,
}
