namespace PolicyAdvisor.Engine;

/// <summary>A fact that entered, changed in, or left working memory.</summary>
/// <param name="fact">The fact (for an update, the new copy).</param>
/// <param name="source">The activation whose action caused the change, or null when the caller did.</param>
public sealed class FactEventArgs(object fact, IActivation? source) : EventArgs
{
    /// <summary>The fact (for an update, the new copy).</summary>
    public object Fact { get; } = fact;

    /// <summary>The activation whose action caused the change, or null when the caller did.</summary>
    public IActivation? Source { get; } = source;
}
