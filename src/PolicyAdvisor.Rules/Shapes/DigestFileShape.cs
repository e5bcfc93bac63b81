using static PolicyAdvisor.Rules.Shapes;

namespace PolicyAdvisor.Rules;

/// <summary>The shape of a source digest <c>seeds/sources/*.yaml</c>, read by <see cref="SourceLibraryLoader"/> and published as <c>digest.schema.json</c>.</summary>
public static class DigestFileShape
{
    /// <summary>Claim kinds.</summary>
    public static IReadOnlyList<string> ClaimKinds { get; } = ["recommendation", "risk", "assessment", "fact"];

    /// <summary>Where a claim sits in its source.</summary>
    public static ObjectShape Locator { get; } = new(
        "'locator'",
        [
            Optional("section", Text(), "A section listed in 'sections'."),
            Optional("paragraph", Value(ValueKind.Integer, "From 1."), "Paragraph within the section."),
        ],
        "Where the claim is in the source.");

    /// <summary>One claim.</summary>
    public static ObjectShape Claim { get; } = new(
        "a claim",
        [
            Required("id", Name("<source-id>#<n>.", "^[a-z0-9-]+#[0-9]+$"), "The claim's id."),
            Required("kind", OneOf(ClaimKinds, "What it is."), "recommendation, risk, assessment or fact."),
            Required("text", Text(), "Our own paraphrase, never the source's sentence."),
            Optional("locator", Locator, "Where it is."),
            Optional("until", Value(ValueKind.Date, "yyyy-mm-dd."), "The last day the claim holds; a memo dated later flags it as stale."),
            Optional("expires", Value(ValueKind.Date, "yyyy-mm-dd."), "Another name for 'until' (give one of the two)."),
        ],
        "A paraphrased claim.");

    /// <summary>The whole file.</summary>
    public static ObjectShape File { get; } = new(
        "a source digest",
        [
            Required("id", Name("Kebab-case.", KebabCase), "The source's id."),
            Optional("file", Text(), "The source text's file name."),
            Optional("title", Text(), "Title, or 'not named in the text'."),
            Optional("publisher", Text(), "Publisher."),
            Optional("author", Text(), "Author."),
            Optional("date", Text(), "Date or dating evidence."),
            Optional("sections", OneOrMany(Text("A section."), "Sections."), "The source's sections, in order."),
            Required("claims", ListOf(Claim, "Claims."), "The claims."),
        ],
        "PolicyAdvisor source digest (seeds/sources/*.yaml).");
}
