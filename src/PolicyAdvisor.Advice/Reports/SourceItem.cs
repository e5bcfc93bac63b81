namespace PolicyAdvisor.Advice.Reports;

/// <summary>
/// A source in the bibliography, with what its digest knows. A part the text does not name is null; what the
/// digest says beyond "not named" is kept in the note.
/// </summary>
/// <param name="Id">Source id.</param>
/// <param name="Author">Author, or null when the text names none.</param>
/// <param name="AuthorNote">What the digest adds when no author is named (e.g. who wrote its parts), or null.</param>
/// <param name="Title">Title, or null.</param>
/// <param name="Publisher">Publisher, or null.</param>
/// <param name="Date">Date, or the dating evidence the digest gives; null when it gives none.</param>
/// <param name="Claims">The claims the memo cites, in digest order.</param>
public sealed record SourceItem(string Id, string? Author, string? AuthorNote, string? Title, string? Publisher, string? Date, IReadOnlyList<CitationItem> Claims);
