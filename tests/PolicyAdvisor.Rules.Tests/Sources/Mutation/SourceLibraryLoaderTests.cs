using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Sources.Mutation;

/// <summary>
/// Reading source digests from a folder: every field kept, file and id order, and each refusal with its exact
/// message and position (shape, keys, claim ids, duplicates, locators and sections).
/// </summary>
public sealed class SourceLibraryLoaderTests : IDisposable
{
    private const string Digest = """
        id: s
        file: 001_s.txt
        title: A title
        publisher: A publisher
        author: An author
        date: 2026-01-02
        sections: [intro, body]
        claims:
          - id: s#1
            kind: risk
            text: A claim.
            locator: { section: body, paragraph: 4 }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (SourceLibrary Library, IReadOnlyList<Diagnostic> Diagnostics) Load()
    {
        var bag = new DiagnosticBag();
        var library = SourceLibraryLoader.Load(_folder.Root, bag);
        return (library, bag.Items);
    }

    private Diagnostic Refused(string digest)
    {
        _folder.Write("s.yaml", digest);
        return Assert.Single(Load().Diagnostics);
    }

    [Fact]
    public void Load_FullDigest_KeepsEveryField()
    {
        // Arrange
        var path = _folder.Write("s.yaml", Digest);

        // Act
        var (library, diagnostics) = Load();

        // Assert
        Assert.Empty(diagnostics);
        var source = Assert.Single(library.Sources);
        Assert.Equal(("s", "001_s.txt", "A title", "A publisher", "An author", "2026-01-02", path), (source.Id, source.FileName, source.Title, source.Publisher, source.Author, source.Date, source.File));
        Assert.Equal(["intro", "body"], source.Sections);
        var claim = Assert.Single(source.Claims);
        Assert.Equal(new ClaimSpec("s#1", "s", "risk", "A claim.", "body", 4, path, 9, 5), claim);
    }

    [Fact]
    public void Load_OptionalFieldsAbsent_EmptyTextAndNoLocator()
    {
        // Arrange
        _folder.Write("s.yaml", "id: s\nclaims:\n  - { id: s#1, kind: fact, text: t }\n");

        // Act
        var (library, diagnostics) = Load();

        // Assert
        Assert.Empty(diagnostics);
        var source = Assert.Single(library.Sources);
        Assert.Equal((string.Empty, string.Empty, string.Empty, string.Empty, string.Empty), (source.FileName, source.Title, source.Publisher, source.Author, source.Date));
        var claim = Assert.Single(source.Claims);
        Assert.Equal(((string?)null, (int?)null), (claim.Section, claim.Paragraph));
    }

    [Fact]
    public void Load_MissingFolder_ReportedForTheWholeFolder()
    {
        // Arrange
        var missing = Path.Combine(_folder.Root, "none");
        var bag = new DiagnosticBag();

        // Act
        var library = SourceLibraryLoader.Load(missing, bag);

        // Assert
        Assert.Empty(library.Sources);
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.FileMissing, "sources folder not found", missing, 0, 0), (error.Code, error.Message, error.File, error.Line, error.Column));
    }

    [Fact]
    public void Load_NullArguments_ThrowNamingTheArgument()
    {
        // Arrange, Act and Assert
        Assert.Throws<ArgumentNullException>("directory", () => SourceLibraryLoader.Load(null!, new DiagnosticBag()));
        Assert.Throws<ArgumentNullException>("diagnostics", () => SourceLibraryLoader.Load(_folder.Root, null!));
    }

    [Fact]
    public void Load_SameIdInTwoFiles_SecondFileInOrdinalOrderRefused()
    {
        // Arrange
        _folder.Write("b.yaml", "id: s\nclaims: []\n");
        _folder.Write("a.yaml", "id: s\nclaims: []\n");
        _folder.Write("a.txt", "not: read\n");

        // Act
        var (library, diagnostics) = Load();

        // Assert
        Assert.Single(library.Sources);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.DuplicateClaim, "source id 's' is used by another digest", Path.Combine(_folder.Root, "b.yaml"), 1, 1), (error.Code, error.Message, error.File, error.Line, error.Column));
    }

    [Fact]
    public void Load_SeveralDigests_SortedById()
    {
        // Arrange
        _folder.Write("a.yaml", "id: zeta\nclaims: []\n");
        _folder.Write("b.yaml", "id: alpha\nclaims: []\n");

        // Act
        var (library, diagnostics) = Load();

        // Assert
        Assert.Empty(diagnostics);
        Assert.Equal(["alpha", "zeta"], library.Sources.Select(s => s.Id));
    }

    [Theory]
    [InlineData("- s\n", DiagnosticCodes.WrongShape, "a source digest must be a mapping (key: value lines), not a list", 1, 1)]
    [InlineData("id: s\n", DiagnosticCodes.MissingKey, "a source digest is missing required key 'claims'", 1, 1)]
    [InlineData("id: s\nclaims: []\npages: 3\n", DiagnosticCodes.UnknownKey, "unknown key 'pages' in a source digest", 3, 1)]
    [InlineData("id: s\nclaims: none\n", DiagnosticCodes.WrongShape, "'claims' must be a list, not a value", 2, 9)]
    [InlineData("id: s\nclaims: [x]\n", DiagnosticCodes.WrongShape, "a claim must be a mapping (key: value lines), not a value", 2, 10)]
    [InlineData("id: s\nclaims:\n  - { id: s#1, kind: fact }\n", DiagnosticCodes.MissingKey, "a claim is missing required key 'text'", 3, 5)]
    [InlineData("id: s\nclaims:\n  - { id: s#1, kind: fact, text: t, page: 2 }\n", DiagnosticCodes.UnknownKey, "unknown key 'page' in a claim", 3, 37)]
    public void Load_WrongShapeOrKeys_RefusedWithoutReadingFurther(string digest, string code, string message, int line, int column)
    {
        // Arrange, Act
        var error = Refused(digest);

        // Assert
        Assert.Equal((code, message, line, column), (error.Code, error.Message, error.Line, error.Column));
    }

    [Theory]
    [InlineData("t#1")]
    [InlineData("s1")]
    [InlineData("sx7")]
    [InlineData("s#one")]
    public void Load_ClaimIdNotSourceHashNumber_Refused(string id)
    {
        // Arrange, Act
        var error = Refused($"id: s\nclaims:\n  - {{ id: '{id}', kind: fact, text: t }}\n");

        // Assert
        Assert.Equal((DiagnosticCodes.BadClaimId, $"claim id '{id}' must be 's#<number>'", 3, 11), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Load_ClaimIdUsedTwice_SecondRefused()
    {
        // Arrange, Act
        var error = Refused("id: s\nclaims:\n  - { id: s#1, kind: fact, text: t }\n  - { id: s#1, kind: risk, text: u }\n");

        // Assert
        Assert.Equal((DiagnosticCodes.DuplicateClaim, "claim id 's#1' is used twice", 4, 11), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Load_UnknownClaimKind_ClaimDropped()
    {
        // Arrange
        _folder.Write("s.yaml", "id: s\nclaims:\n  - { id: s#1, kind: rumour, text: t }\n");

        // Act
        var (library, diagnostics) = Load();

        // Assert
        Assert.Empty(Assert.Single(library.Sources).Claims);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.BadValue, "'kind' must be one of recommendation, risk, assessment, fact; found 'rumour'", 3, 22), (error.Code, error.Message, error.Line, error.Column));
    }

    [Theory]
    [InlineData("sections: [intro]\n", "{ section: intr }", DiagnosticCodes.UnknownSection, "section 'intr' is not in this digest's sections (did you mean 'intro'?)", 4, 57)]
    [InlineData("sections: [intro]\n", "x", DiagnosticCodes.WrongShape, "'locator' must be a mapping (key: value lines), not a value", 4, 46)]
    [InlineData("sections: [intro]\n", "{ page: 2 }", DiagnosticCodes.UnknownKey, "unknown key 'page' in 'locator'", 4, 48)]
    public void Load_BadLocator_Refused(string sections, string locator, string code, string message, int line, int column)
    {
        // Arrange, Act
        var error = Refused($"id: s\n{sections}claims:\n  - {{ id: s#1, kind: fact, text: t, locator: {locator} }}\n");

        // Assert
        Assert.Equal((code, message, line, column), (error.Code, error.Message, error.Line, error.Column));
    }

    [Theory]
    [InlineData("", "{ section: anywhere }")]
    [InlineData("sections: [intro]\n", "{ paragraph: 2 }")]
    public void Load_SectionUncheckable_Accepted(string sections, string locator)
    {
        // Arrange: no sections listed, or no section given.
        _folder.Write("s.yaml", $"id: s\n{sections}claims:\n  - {{ id: s#1, kind: fact, text: t, locator: {locator} }}\n");

        // Act
        var (library, diagnostics) = Load();

        // Assert
        Assert.Empty(diagnostics);
        Assert.Single(Assert.Single(library.Sources).Claims);
    }

    [Fact]
    public void Load_ClaimWithUntil_KeepsTheLastDayItHolds()
    {
        // Arrange
        _folder.Write("s.yaml", Digest + "\n    until: 2025-12-31\n");

        // Act
        var (library, diagnostics) = Load();

        // Assert
        Assert.Empty(diagnostics);
        Assert.Equal(new DateTime(2025, 12, 31), library.FindClaim("s#1")!.Until);
        Assert.True(ValidityWindow.IsClosed(library.FindClaim("s#1")!.Until, new DateTime(2026, 1, 1)));
        Assert.False(ValidityWindow.IsClosed(library.FindClaim("s#1")!.Until, new DateTime(2025, 12, 31)));
    }

    [Fact]
    public void Load_ClaimWithExpires_IsTheSameWindow()
    {
        _folder.Write("s.yaml", Digest + "\n    expires: 2025-12-31\n");

        var (library, diagnostics) = Load();

        Assert.Empty(diagnostics);
        Assert.Equal(new DateTime(2025, 12, 31), library.FindClaim("s#1")!.Until);
    }

    [Theory]
    [InlineData("\n    until: 2025-12-31\n    expires: 2026-01-31\n", DiagnosticCodes.TwoValidityKeys, "give 'until' or its synonym 'expires', not both", 14, 5)]
    [InlineData("\n    until: end of 2025\n", DiagnosticCodes.BadValue, "expected a date written yyyy-mm-dd, found 'end of 2025'", 13, 12)]
    public void Load_BadValidityWindow_RefusedAtItsPosition(string window, string code, string message, int line, int column)
    {
        var error = Refused(Digest + window);

        Assert.Equal((code, message, line, column), (error.Code, error.Message, error.Line, error.Column));
    }
}
