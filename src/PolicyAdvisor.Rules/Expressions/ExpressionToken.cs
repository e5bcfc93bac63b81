namespace PolicyAdvisor.Rules;

/// <summary>The kinds of token the pre-parser distinguishes.</summary>
internal enum TokenKind
{
    Identifier,
    Number,
    String,
    Char,
    Symbol,
}

/// <summary>A token of an expression, with its character offset.</summary>
internal readonly record struct ExpressionToken(TokenKind Kind, string Text, int Start)
{
    /// <summary>Offset just after the token.</summary>
    public int End => Start + Text.Length;

    /// <summary>Whether this is the symbol <paramref name="symbol"/>.</summary>
    public bool Is(string symbol) => Kind == TokenKind.Symbol && string.Equals(Text, symbol, StringComparison.Ordinal);
}
