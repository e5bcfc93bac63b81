namespace PolicyAdvisor.Engine;

/// <summary>An element of a rule's left-hand side.</summary>
public abstract class RuleElement
{
    private protected RuleElement()
    {
    }
}
