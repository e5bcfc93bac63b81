namespace PolicyAdvisor.Engine.Rete;

/// <summary>The tokens whose own fact is a handle's fact.</summary>
internal readonly struct OwnedLinks : IHeadLinks<FactHandle, Token>
{
    /// <inheritdoc />
    public static Token? First(FactHandle owner) => owner.FirstOwned;

    /// <inheritdoc />
    public static void SetFirst(FactHandle owner, Token? value) => owner.FirstOwned = value;

    /// <inheritdoc />
    public static Token? Previous(Token item) => item.PreviousOwned;

    /// <inheritdoc />
    public static Token? Next(Token item) => item.NextOwned;

    /// <inheritdoc />
    public static void SetPrevious(Token item, Token? value) => item.PreviousOwned = value;

    /// <inheritdoc />
    public static void SetNext(Token item, Token? value) => item.NextOwned = value;
}
