namespace PolicyAdvisor.Engine.Rete;

/// <summary>Links of a token within its join-index bucket.</summary>
internal readonly struct BucketLinks : ITokenLinks
{
    /// <inheritdoc />
    public static Token? Previous(Token token) => token.PreviousInBucket;

    /// <inheritdoc />
    public static Token? Next(Token token) => token.NextInBucket;

    /// <inheritdoc />
    public static void SetPrevious(Token token, Token? value) => token.PreviousInBucket = value;

    /// <inheritdoc />
    public static void SetNext(Token token, Token? value) => token.NextInBucket = value;
}
