using System.Text;

namespace PolicyAdvisor.Memos.Templates;

/// <summary>
/// Escaping for values placed in Markdown, exposed to templates as <c>md.escape</c> and <c>md.cell</c>: a '|' in a
/// title would otherwise split a table row and a '*' would swallow text into emphasis, losing what it says.
/// </summary>
internal static class MarkdownText
{
    // CommonMark punctuation plus what Markdig's advanced extensions read as markup ($ math, ~ ^ sub/superscript,
    // { } generic attributes), so report text is never taken for syntax.
    private const string Special = "\\`*_[]<>|$~^{}";

    /// <summary>Backslash-escapes Markdown punctuation and folds line breaks into spaces; null becomes "".</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length + 8);
        foreach (var c in Flatten(text))
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>
    /// A code span holding <paramref name="text"/> verbatim (premises, rule ids): the fence is one backtick longer
    /// than the longest run inside. Not for table cells: pipe tables split on '|' before reading code spans.
    /// </summary>
    public static string Code(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var flat = Flatten(text);
        var longest = 0;
        var run = 0;
        foreach (var c in flat)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = flat.StartsWith('`') || flat.EndsWith('`') ? " " : string.Empty;
        return fence + pad + flat + pad + fence;
    }

    /// <summary>Escapes a value for a table cell; an empty value shows as an em dash so the cell is visibly empty.</summary>
    public static string Cell(string? text) => string.IsNullOrEmpty(text) ? "\u2014" : Escape(text);

    // A line break inside a value would end a table row or a list item and cut the value short.
    private static string Flatten(string text) => text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
