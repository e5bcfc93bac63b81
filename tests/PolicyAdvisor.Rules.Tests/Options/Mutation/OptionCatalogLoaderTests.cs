using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Options.Mutation;

/// <summary>
/// Reading options.yaml: every field kept, points with only their known citations, and each refusal with its
/// exact message and position (shape, keys, ids, duplicates, points).
/// </summary>
public sealed class OptionCatalogLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private readonly SourceLibrary _sources = new([
        new SourceSpec("s", "f", "t", "p", "a", "d", [], [new ClaimSpec("s#1", "s", "risk", "c", null, null, "s.yaml", 1, 1)], "s.yaml"),
    ]);

    public void Dispose() => _folder.Dispose();

    private (OptionCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics) Load(string text)
    {
        var path = _folder.Write("options.yaml", text);
        var bag = new DiagnosticBag();
        return (OptionCatalogLoader.Load(path, _sources, bag), bag.Items);
    }

    private (OptionCatalog Catalog, Diagnostic Error) Refused(string text)
    {
        var (catalog, diagnostics) = Load(text);
        return (catalog, Assert.Single(diagnostics));
    }

    [Fact]
    public void Load_FullOption_KeepsEveryField()
    {
        // Arrange, Act
        var (catalog, diagnostics) = Load("""
            options:
              - id: sign-now
                title: Sign now
                actors: [US, EU]
                summary: Sign it.
                pros: [{ text: Gains., sources: [s#1] }]
                cons: [{ text: Costs. }]
            """);

        // Assert
        Assert.Empty(diagnostics);
        var option = Assert.Single(catalog.Options);
        Assert.Equal(("sign-now", "Sign now", "Sign it.", _folder.Root + "/options.yaml", 2, 5), (option.Id, option.Title, option.Summary, option.File, option.Line, option.Column));
        Assert.Equal(["US", "EU"], option.Actors);
        Assert.Equal(("Gains.", "s#1"), (Assert.Single(option.Pros).Text, Assert.Single(Assert.Single(option.Pros).Sources)));
        Assert.Equal("Costs.", Assert.Single(option.Cons).Text);
        Assert.Empty(option.Cons[0].Sources);
    }

    [Fact]
    public void Load_NullArguments_ThrowNamingTheArgument()
    {
        // Arrange, Act and Assert
        Assert.Throws<ArgumentNullException>("sources", () => OptionCatalogLoader.Load(_folder.Root + "/options.yaml", null!, new DiagnosticBag()));
        Assert.Throws<ArgumentNullException>("diagnostics", () => OptionCatalogLoader.Load(_folder.Root + "/options.yaml", _sources, null!));
    }

    [Theory]
    [InlineData("- x\n", DiagnosticCodes.WrongShape, "options.yaml must be a mapping (key: value lines), not a list", 1, 1)]
    [InlineData("options: []\noption: x\n", DiagnosticCodes.UnknownKey, "unknown key 'option' in options.yaml (did you mean 'options'?)", 2, 1)]
    [InlineData("options: x\n", DiagnosticCodes.WrongShape, "'options' must be a list, not a value", 1, 10)]
    [InlineData("options: [x]\n", DiagnosticCodes.WrongShape, "an option must be a mapping (key: value lines), not a value", 1, 11)]
    [InlineData("options:\n  - { id: a, title: t }\n", DiagnosticCodes.MissingKey, "an option is missing required key 'summary'", 2, 5)]
    [InlineData("options:\n  - { id: Sign_Now, title: t, summary: s }\n", DiagnosticCodes.BadId, "option id 'Sign_Now' must be kebab-case (lower-case words joined by '-')", 2, 11)]
    public void Load_WrongShapeKeysOrId_OptionLeftOut(string text, string code, string message, int line, int column)
    {
        // Arrange, Act
        var (catalog, error) = Refused(text);

        // Assert
        Assert.Empty(catalog.Options);
        Assert.Equal((code, message, line, column), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Load_SameIdTwice_SecondRefusedAtItsItem()
    {
        // Arrange, Act
        var (catalog, error) = Refused("options:\n  - { id: a, title: t, summary: s }\n  - { id: a, title: u, summary: v }\n");

        // Assert
        Assert.Equal("t", Assert.Single(catalog.Options).Title);
        Assert.Equal((DiagnosticCodes.DuplicateOption, "option id 'a' is declared twice", 3, 5), (error.Code, error.Message, error.Line, error.Column));
    }

    [Theory]
    [InlineData("pros: x", DiagnosticCodes.WrongShape, "'pros' must be a list, not a value", 2, 42)]
    [InlineData("cons: [x]", DiagnosticCodes.WrongShape, "an item of 'cons' must be a mapping (key: value lines), not a value", 2, 43)]
    [InlineData("pros: [{ sources: [s#1] }]", DiagnosticCodes.MissingKey, "an item of 'pros' is missing required key 'text'", 2, 43)]
    [InlineData("pros: [{ text: t, page: 2 }]", DiagnosticCodes.UnknownKey, "unknown key 'page' in an item of 'pros'", 2, 54)]
    public void Load_BadPoint_PointLeftOut(string points, string code, string message, int line, int column)
    {
        // Arrange, Act
        var (catalog, error) = Refused($"options:\n  - {{ id: a, title: t, summary: s, {points} }}\n");

        // Assert
        var option = Assert.Single(catalog.Options);
        Assert.Empty(option.Pros.Concat(option.Cons));
        Assert.Equal((code, message, line, column), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Load_UnknownCitation_PointKeptWithoutIt()
    {
        // Arrange, Act
        var (catalog, error) = Refused("options:\n  - { id: a, title: t, summary: s, pros: [{ text: g, sources: [s#2, s#1] }] }\n");

        // Assert
        Assert.Equal(["s#1"], Assert.Single(Assert.Single(catalog.Options).Pros).Sources);
        Assert.Equal((DiagnosticCodes.UnknownClaim, "claim 's#2' is in no source digest (did you mean 's#1'?)", 2, 64), (error.Code, error.Message, error.Line, error.Column));
    }
}
