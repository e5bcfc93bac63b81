namespace PolicyAdvisor.Engine.Rete;

/// <summary>The Not/Exists tokens a fact blocks, linked through their memory fields (a blocked token is out of its left memory).</summary>
internal readonly struct BlockedLinks : IHeadLinks<FactHandle, Token>
{
    /// <inheritdoc />
    public static Token? First(FactHandle owner) => owner.FirstBlocked;

    /// <inheritdoc />
    public static void SetFirst(FactHandle owner, Token? value) => owner.FirstBlocked = value;

    /// <inheritdoc />
    public static Token? Previous(Token item) => item.PreviousInMemory;

    /// <inheritdoc />
    public static Token? Next(Token item) => item.NextInMemory;

    /// <inheritdoc />
    public static void SetPrevious(Token item, Token? value) => item.PreviousInMemory = value;

    /// <inheritdoc />
    public static void SetNext(Token item, Token? value) => item.NextInMemory = value;
}
