namespace PolicyAdvisor.Rules;

/// <summary>Options for <see cref="RuleBaseLoader"/>.</summary>
public sealed record RuleBaseLoadOptions
{
    /// <summary>Claim ids cited elsewhere (situations), so they do not count as unused.</summary>
    public IReadOnlyCollection<string> ExtraUsedClaims { get; init; } = [];

    /// <summary>Whether to report claims nobody cites (PA0223). Default true.</summary>
    public bool WarnUnusedClaims { get; init; } = true;
}
