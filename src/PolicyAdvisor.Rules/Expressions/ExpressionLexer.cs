namespace PolicyAdvisor.Rules;

/// <summary>
/// Splits an expression into tokens so that names, member accesses, date literals and nesting can be checked
/// with exact positions before the text reaches the Dynamic LINQ parser.
/// </summary>
internal static class ExpressionLexer
{
    /// <summary>Tokenises <paramref name="text"/>; an unterminated string literal yields null and its start offset.</summary>
    public static IReadOnlyList<ExpressionToken>? Tokenize(string text, out int errorAt)
    {
        var tokens = new List<ExpressionToken>();
        errorAt = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c) || c == '_' || c == '@')
            {
                var start = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new ExpressionToken(TokenKind.Identifier, text[start..i], start));
            }
            else if (char.IsDigit(c))
            {
                var start = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.' || ((text[i] == '-' || text[i] == '+') && (text[i - 1] is 'e' or 'E'))))
                {
                    i++;
                }

                tokens.Add(new ExpressionToken(TokenKind.Number, text[start..i], start));
            }
            else if (c is '"' or '\'')
            {
                var start = i++;
                while (i < text.Length && text[i] != c)
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                if (i >= text.Length)
                {
                    errorAt = start;
                    return null;
                }

                i++;
                tokens.Add(new ExpressionToken(c == '"' ? TokenKind.String : TokenKind.Char, text[start..i], start));
            }
            else
            {
                var two = i + 1 < text.Length ? text.Substring(i, 2) : string.Empty;
                var length = two is "==" or "!=" or "<=" or ">=" or "&&" or "||" or "<>" or "=>" ? 2 : 1;
                tokens.Add(new ExpressionToken(TokenKind.Symbol, text.Substring(i, length), i));
                i += length;
            }
        }

        return tokens;
    }
}
