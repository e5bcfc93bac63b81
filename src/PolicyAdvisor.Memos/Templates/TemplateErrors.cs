using Scriban.Parsing;
using Scriban.Syntax;

namespace PolicyAdvisor.Memos.Templates;

/// <summary>Turns Scriban's parse messages and runtime exceptions into positioned PA07xx errors.</summary>
internal static class TemplateErrors
{
    // Scriban reports its limits as plain runtime errors; the message is the only thing that tells them apart.
    // The sandbox tests pin each of these, so a Scriban upgrade that rewords them fails loudly.
    private static readonly (string Fragment, string Code)[] LimitMessages =
    [
        ("iteration limit", MemoCodes.LoopLimit),
        ("exceeds LoopLimit", MemoCodes.LoopLimit),
        ("recursive depth limit", MemoCodes.RecursionLimit),
        ("exceeds OutputLimit", MemoCodes.OutputLimit),
        ("LimitToString", MemoCodes.OutputLimit),
        (BudgetedTemplateContext.LimitMessage, MemoCodes.MemoryLimit),
    ];

    /// <summary>Every error among parse messages.</summary>
    public static IReadOnlyList<MemoTemplateError> FromParse(Scriban.LogMessageBag messages) =>
        Enumerate(messages)
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => At(m.Span, MemoCodes.ParseError, m.Message))
            .ToList();

    /// <summary>The errors a runtime exception stands for (several when an include failed to parse).</summary>
    public static IReadOnlyList<MemoTemplateError> FromRuntime(ScriptRuntimeException exception)
    {
        if (exception is ScriptParserRuntimeException parse && parse.ParserMessages.HasErrors)
        {
            return FromParse(parse.ParserMessages);
        }

        var code = exception is IncludeRefusedException refused ? refused.Code : CodeFor(exception.OriginalMessage);
        return [At(exception.Span, code, exception.OriginalMessage)];
    }

    /// <summary>An error from a non-Scriban exception raised while rendering, placed at the node being run.</summary>
    public static MemoTemplateError FromUnexpected(SourceSpan? span, string fallbackFile, Exception exception) =>
        span is { } s && !string.IsNullOrEmpty(s.FileName)
            ? At(s, MemoCodes.RuntimeError, exception.Message)
            : new MemoTemplateError(fallbackFile, 1, 1, MemoCodes.RuntimeError, exception.Message);

    private static string CodeFor(string message)
    {
        foreach (var (fragment, code) in LimitMessages)
        {
            if (message.Contains(fragment, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return MemoCodes.RuntimeError;
    }

    // Scriban positions are 0-based; the project's diagnostics are 1-based.
    private static MemoTemplateError At(SourceSpan span, string code, string message) =>
        new(span.FileName ?? string.Empty, span.Start.Line + 1, span.Start.Column + 1, code, message);

    private static IEnumerable<LogMessage> Enumerate(Scriban.LogMessageBag bag)
    {
        for (var i = 0; i < bag.Count; i++)
        {
            yield return bag[i];
        }
    }
}
