namespace PolicyAdvisor.Engine;

/// <summary>A fact operation was invalid: inserting a duplicate, or updating or retracting an absent fact.</summary>
public sealed class FactException(string message, object fact) : InvalidOperationException(message)
{
    /// <summary>The fact the operation was given.</summary>
    public object Fact { get; } = fact;
}
