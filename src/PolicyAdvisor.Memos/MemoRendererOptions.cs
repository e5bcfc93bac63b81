namespace PolicyAdvisor.Memos;

/// <summary>Where the memo templates live and how far a template may go before it is stopped.</summary>
/// <param name="TemplatesDirectory">
/// The folder holding <c>memo.md.sbn</c> and the partials it includes; includes cannot leave it.
/// The CLI passes the shipped <c>templates/</c> folder unless the user gives <c>--templates DIR</c>.
/// </param>
public sealed record MemoRendererOptions(string TemplatesDirectory)
{
    /// <summary>Most characters a rendered memo (and any single string conversion) may hold. Default 5,000,000.</summary>
    public int OutputLimit { get; init; } = 5_000_000;

    /// <summary>Most loop iterations across one nested iteration tree. Default 100,000.</summary>
    public int LoopLimit { get; init; } = 100_000;

    /// <summary>Deepest nesting of function calls and includes. Default 64.</summary>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>Largest template file (entry or partial) read, in bytes. Default 1,000,000.</summary>
    public long MaxTemplateBytes { get; init; } = 1_000_000;

    /// <summary>
    /// Most bytes one rendering pass may allocate (strings, lists and objects a template builds), checked as each
    /// template node runs. Default 256 MB. Allocation, not live memory, is measured: a bound that does not
    /// depend on when the garbage collector runs.
    /// </summary>
    public long MemoryLimit { get; init; } = 256L * 1024 * 1024;

    /// <summary>Longest a single regular expression in a template may run. Default one second.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);
}
