namespace PolicyAdvisor.Rules;

/// <summary>A paraphrased claim from a source digest.</summary>
/// <param name="Id">Claim id, <c>&lt;source-id&gt;#&lt;n&gt;</c>.</param>
/// <param name="SourceId">Id of the source it comes from.</param>
/// <param name="Kind">recommendation | risk | assessment | fact.</param>
/// <param name="Text">The project's paraphrase.</param>
/// <param name="Section">Locator: section heading (or <c>introduction</c>).</param>
/// <param name="Paragraph">Locator: 1-based paragraph within the section.</param>
/// <param name="File">Digest file.</param>
/// <param name="Line">1-based line of the claim.</param>
/// <param name="Column">1-based column of the claim.</param>
public sealed record ClaimSpec(string Id, string SourceId, string Kind, string Text, string? Section, int? Paragraph, string File, int Line, int Column)
{
    /// <summary>The last day the claim holds (<c>until</c> in the digest), or null when it has no window.</summary>
    public DateTime? Until { get; init; }
}
