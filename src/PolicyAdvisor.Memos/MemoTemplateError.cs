namespace PolicyAdvisor.Memos;

/// <summary>One problem found in a memo template, positioned for the reader.</summary>
/// <param name="File">The template file, as the templates folder was given plus the relative path.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Code">PA07xx code (see <c>docs/memo.md</c>).</param>
/// <param name="Message">What went wrong, without the position prefix.</param>
public sealed record MemoTemplateError(string File, int Line, int Column, string Code, string Message)
{
    /// <summary>The error in the project's diagnostic format: <c>file(line,col): error PA07xx: message</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File}({Line},{Column}): error {Code}: {Message}");
}
