namespace PolicyAdvisor.Advice.Reports;

/// <summary>A cited claim: where it is in its source and what it says, in our words.</summary>
/// <param name="ClaimId">Claim id.</param>
/// <param name="Section">Locator: section heading, or empty.</param>
/// <param name="Paragraph">Locator: paragraph within the section (0 when not given).</param>
/// <param name="Paraphrase">Our paraphrase.</param>
/// <param name="Until">The last day the claim holds (yyyy-MM-dd), or null.</param>
/// <param name="Stale">Whether that day is before the as-of date.</param>
public sealed record CitationItem(string ClaimId, string Section, int Paragraph, string Paraphrase, string? Until, bool Stale);
