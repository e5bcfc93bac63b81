namespace PolicyAdvisor.Rules;

/// <summary>A source digest: bibliography plus claims.</summary>
/// <param name="Id">Source id, e.g. <c>dunbar-2026</c>.</param>
/// <param name="FileName">The analysed text's file name under the shared seeds.</param>
/// <param name="Title">Title, or "not named in the text".</param>
/// <param name="Publisher">Publisher as the text gives it.</param>
/// <param name="Author">Author as the text gives it.</param>
/// <param name="Date">Date or dating evidence.</param>
/// <param name="Sections">Section headings, in order.</param>
/// <param name="Claims">Claims in digest order.</param>
/// <param name="File">Digest file path.</param>
public sealed record SourceSpec(string Id, string FileName, string Title, string Publisher, string Author, string Date, IReadOnlyList<string> Sections, IReadOnlyList<ClaimSpec> Claims, string File);
