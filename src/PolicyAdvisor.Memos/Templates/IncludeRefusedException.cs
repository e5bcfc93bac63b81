using Scriban.Parsing;
using Scriban.Syntax;

namespace PolicyAdvisor.Memos.Templates;

/// <summary>
/// Raised by <see cref="SandboxTemplateLoader"/> so that a refused include keeps the caller's position and can
/// be told apart from other runtime errors (it maps to its own code, PA0705 or an input-file code, not PA0702).
/// </summary>
internal sealed class IncludeRefusedException(SourceSpan span, string message, string code) : ScriptRuntimeException(span, message)
{
    /// <summary>The PA code to report.</summary>
    public string Code { get; } = code;
}
