namespace PolicyAdvisor.Memos.Layout;

/// <summary>The face a piece of text is set in, as far as its width goes.</summary>
internal enum TextFace
{
    Serif,
    SerifBold,
    Mono,
}

/// <summary>
/// Estimates how wide a text is, in ems, without a font file: a coarse class per character. The estimate only has
/// to rank columns and tell a token that fits from one that does not, so it leans wide rather than narrow: a
/// column a little too wide costs nothing, one too narrow breaks an identifier.
/// </summary>
internal static class TextWidth
{
    private const double MonoAdvance = 0.6;
    private const double BoldFactor = 1.09;

    /// <summary>Width of <paramref name="text"/> set in <paramref name="face"/>, in ems.</summary>
    public static double Of(ReadOnlySpan<char> text, TextFace face)
    {
        if (face == TextFace.Mono)
        {
            return text.Length * MonoAdvance;
        }

        var width = 0.0;
        foreach (var c in text)
        {
            width += Advance(c);
        }

        return face == TextFace.SerifBold ? width * BoldFactor : width;
    }

    // Measured on DejaVu Serif, the widest of the usual stand-ins (Georgia runs about a tenth narrower).
    private static double Advance(char c) => c switch
    {
        ' ' => 0.32,
        'i' or 'j' or 'l' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' => 0.33,
        'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '/' or '-' or 'I' => 0.39,
        'm' or 'M' or 'W' or '@' or '—' => 1.0,
        'w' => 0.86,
        >= 'A' and <= 'Z' => 0.73,
        >= '0' and <= '9' => 0.64,
        '#' or '_' or '=' or '+' or '<' or '>' or '~' => 0.79,
        _ when char.IsLower(c) => 0.6,
        _ => 0.64,
    };
}
