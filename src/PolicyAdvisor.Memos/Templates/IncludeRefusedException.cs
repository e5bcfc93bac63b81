using Scriban.Parsing;
using Scriban.Syntax;

namespace PolicyAdvisor.Memos.Templates;

/// <summary>
/// Raised by <see cref="SandboxTemplateLoader"/> so that a refused include keeps the caller's position and can
/// be told apart from other runtime errors (it maps to PA0705, not PA0702).
/// </summary>
internal sealed class IncludeRefusedException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
