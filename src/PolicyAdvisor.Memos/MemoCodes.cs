namespace PolicyAdvisor.Memos;

/// <summary>Diagnostic codes of the templates range (PA07xx); docs/memo.md lists them for users.</summary>
internal static class MemoCodes
{
    public const string ParseError = "PA0701";
    public const string RuntimeError = "PA0702";
    public const string LoopLimit = "PA0703";
    public const string RecursionLimit = "PA0704";
    public const string IncludeRefused = "PA0705";
    public const string OutputLimit = "PA0706";
    public const string TemplateMissing = "PA0707";
    public const string MemoryLimit = "PA0708";
}
