using System.Globalization;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// The memo's bibliography: each source with what its digest knows. Digests write "not named in the text" for a
/// part the source leaves out, often followed by what can be said instead ("...; mid-2025 by internal
/// evidence"); the part becomes null and the rest is kept, so a reader is told once, not four times, what is missing.
/// </summary>
internal static class Bibliography
{
    private const string NotNamed = "not named in the text";

    /// <summary>The sources with at least one cited claim, in library order, their claims in digest order.</summary>
    public static IReadOnlyList<SourceItem> Of(SourceLibrary library, IReadOnlySet<string> cited, StaleCheck stale)
    {
        return library.Sources
            .Select(s => (Source: s, Claims: s.Claims.Where(c => cited.Contains(c.Id)).ToArray()))
            .Where(x => x.Claims.Length > 0)
            .Select(x => new SourceItem(
                x.Source.Id,
                Known(x.Source.Author),
                Known(x.Source.Author) is null ? Rest(x.Source.Author) : null,
                Known(x.Source.Title),
                Known(x.Source.Publisher),
                Known(x.Source.Date) ?? Rest(x.Source.Date),
                x.Claims.Select(c => new CitationItem(
                    c.Id,
                    c.Section ?? string.Empty,
                    c.Paragraph ?? 0,
                    c.Text,
                    c.Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    stale.IsStaleClaim(c.Id))).ToArray()))
            .ToArray();
    }

    // The value unless the digest says the text does not name it (or gives nothing).
    private static string? Known(string value) =>
        string.IsNullOrWhiteSpace(value) || value.StartsWith(NotNamed, StringComparison.OrdinalIgnoreCase) ? null : value;

    // What follows "not named in the text; ...": the digest's own knowledge, unless it is only a parenthetical aside.
    private static string? Rest(string value)
    {
        if (!value.StartsWith(NotNamed, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var separator = value.IndexOf("; ", StringComparison.Ordinal);
        return separator < 0 ? null : value[(separator + 2)..].Trim() is { Length: > 0 } rest ? rest : null;
    }
}
