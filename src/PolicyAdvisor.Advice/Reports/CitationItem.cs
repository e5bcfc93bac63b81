namespace PolicyAdvisor.Advice.Reports;

/// <summary>A cited claim with its bibliographic record.</summary>
public sealed record CitationItem(
    string ClaimId,
    string Publisher,
    string Author,
    string Title,
    string Date,
    string Section,
    int Paragraph,
    string Paraphrase);
