namespace PolicyAdvisor.Engine.Rete;

/// <summary>What an <see cref="AggregateNode"/> derives from the facts matching a token.</summary>
internal enum AggregateKind
{
    /// <summary>Holds when no fact matches.</summary>
    Not,

    /// <summary>Holds when at least one fact matches.</summary>
    Exists,

    /// <summary>Holds when the collection of matches satisfies the collect conditions; binds the collection.</summary>
    Collect,
}
