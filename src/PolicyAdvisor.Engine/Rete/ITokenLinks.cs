namespace PolicyAdvisor.Engine.Rete;

/// <summary>Selects which pair of a token's link fields a <see cref="TokenList{TLinks}"/> uses (resolved statically, no calls through interfaces).</summary>
internal interface ITokenLinks
{
    /// <summary>The previous token.</summary>
    static abstract Token? Previous(Token token);

    /// <summary>The next token.</summary>
    static abstract Token? Next(Token token);

    /// <summary>Sets the previous token.</summary>
    static abstract void SetPrevious(Token token, Token? value);

    /// <summary>Sets the next token.</summary>
    static abstract void SetNext(Token token, Token? value);
}
