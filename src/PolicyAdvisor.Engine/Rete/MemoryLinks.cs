namespace PolicyAdvisor.Engine.Rete;

/// <summary>Links of a token within its consumer's left memory.</summary>
internal readonly struct MemoryLinks : ITokenLinks
{
    /// <inheritdoc />
    public static Token? Previous(Token token) => token.PreviousInMemory;

    /// <inheritdoc />
    public static Token? Next(Token token) => token.NextInMemory;

    /// <inheritdoc />
    public static void SetPrevious(Token token, Token? value) => token.PreviousInMemory = value;

    /// <inheritdoc />
    public static void SetNext(Token token, Token? value) => token.NextInMemory = value;
}
