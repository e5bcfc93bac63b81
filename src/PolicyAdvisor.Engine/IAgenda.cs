namespace PolicyAdvisor.Engine;

/// <summary>A read-only view of the pending activations, in the order they would fire.</summary>
public interface IAgenda
{
    /// <summary>Whether no activation is pending.</summary>
    bool IsEmpty { get; }

    /// <summary>Number of pending activations.</summary>
    int Count { get; }

    /// <summary>The activation that would fire next, or null.</summary>
    IActivation? Peek();
}
