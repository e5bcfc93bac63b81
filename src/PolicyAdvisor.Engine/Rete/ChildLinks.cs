namespace PolicyAdvisor.Engine.Rete;

/// <summary>A token's children, linked through their sibling fields.</summary>
internal readonly struct ChildLinks : IHeadLinks<Token, Token>
{
    /// <inheritdoc />
    public static Token? First(Token owner) => owner.FirstChild;

    /// <inheritdoc />
    public static void SetFirst(Token owner, Token? value) => owner.FirstChild = value;

    /// <inheritdoc />
    public static Token? Previous(Token item) => item.PreviousSibling;

    /// <inheritdoc />
    public static Token? Next(Token item) => item.NextSibling;

    /// <inheritdoc />
    public static void SetPrevious(Token item, Token? value) => item.PreviousSibling = value;

    /// <inheritdoc />
    public static void SetNext(Token item, Token? value) => item.NextSibling = value;
}
