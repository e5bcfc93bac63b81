namespace PolicyAdvisor.Rules;

/// <summary>One problem found in an input file, positioned so that an editor can jump to it.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">Stable code such as <c>PA0102</c> (see docs/rule-language.md).</param>
/// <param name="Message">What is wrong, in the rule author's terms.</param>
/// <param name="File">Path of the file as the loader was given it, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when the problem concerns the whole file.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, string File, int Line, int Column)
{
    /// <summary>Whether this is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The one-line form <c>path(line,col): error PA0123: message</c>.</summary>
    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        var position = Line > 0 ? $"({Line},{Column})" : string.Empty;
        return $"{File}{position}: {severity} {Code}: {Message}";
    }
}
