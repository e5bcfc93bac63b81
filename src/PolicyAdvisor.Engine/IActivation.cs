namespace PolicyAdvisor.Engine;

/// <summary>A rule together with the facts that satisfy its left-hand side.</summary>
public interface IActivation
{
    /// <summary>The activated rule.</summary>
    RuleDefinition Rule { get; }

    /// <summary>The matched facts.</summary>
    IMatch Match { get; }
}
