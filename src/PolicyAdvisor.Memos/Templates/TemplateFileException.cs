namespace PolicyAdvisor.Memos.Templates;

/// <summary>A template file that cannot be used: missing, not a regular file, outside the folder or too large.</summary>
/// <param name="code">The PA code to report (PA0707 for a missing file, else the input-file code).</param>
/// <param name="message">Why.</param>
internal sealed class TemplateFileException(string code, string message) : IOException(message)
{
    /// <summary>The PA code to report.</summary>
    public string Code { get; } = code;
}
