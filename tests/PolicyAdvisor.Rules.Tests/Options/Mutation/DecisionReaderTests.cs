using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Options.Mutation;

/// <summary>
/// The decisions of options.yaml: what a decision keeps, the one-option decision of an option no decision lists,
/// and each refusal with its exact message and position.
/// </summary>
public sealed class DecisionReaderTests : IDisposable
{
    private const string Options = """
        options:
          - { id: sign-now, title: Sign now, summary: s }
          - { id: ratify-first, title: Ratify first, summary: s }
          - { id: fund-media, title: Fund media, summary: s }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (OptionCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics) Load(string decisions, FactSchema? schema = null)
    {
        var path = _folder.Write("options.yaml", decisions + Options);
        var bag = new DiagnosticBag();
        return (OptionCatalogLoader.Load(path, new SourceLibrary([]), bag, schema), bag.Items);
    }

    [Fact]
    public void Load_Decision_KeepsQuestionMembersAndPreferences()
    {
        // Arrange, Act
        var (catalog, diagnostics) = Load("""
            decisions:
              - id: signature
                question: How do we get a signature?
                alternatives: [sign-now, ratify-first]
                complementary: [fund-media]
                prefer:
                  - { option: sign-now, over: ratify-first, while: [Blocked], then: after the vote, because: Signing is possible now. }

            """);

        // Assert
        Assert.Empty(diagnostics);
        var decision = Assert.Single(catalog.Decisions);
        Assert.Equal(("signature", "How do we get a signature?", true), (decision.Id, decision.Question, decision.Declared));
        Assert.Equal(["sign-now", "ratify-first"], decision.Alternatives);
        Assert.Equal(["fund-media"], decision.Complementary);
        var preference = Assert.Single(decision.Preferences);
        Assert.Equal(("sign-now", "ratify-first", "after the vote", "Signing is possible now."), (preference.Option, preference.Over, preference.Then, preference.Because));
        Assert.Equal(["Blocked"], preference.While);
        Assert.Same(decision, catalog.DecisionOf("fund-media"));
    }

    [Fact]
    public void Load_OptionInNoDecision_WarnsAtTheOptionAndGivesItADecisionOfItsOwn()
    {
        // Arrange, Act
        var (catalog, diagnostics) = Load("decisions:\n  - { id: signature, question: q, alternatives: [sign-now, ratify-first] }\n");

        // Assert
        var warning = Assert.Single(diagnostics);
        Assert.Equal(
            (DiagnosticSeverity.Warning, DiagnosticCodes.OptionInNoDecision, 6, 5),
            (warning.Severity, warning.Code, warning.Line, warning.Column));
        Assert.Equal(
            "option 'fund-media' belongs to no decision, so the memo gives it a decision of its own; add its id to the 'alternatives' or 'complementary' of one of: signature",
            warning.Message);
        var own = catalog.DecisionOf("fund-media")!;
        Assert.Equal(("fund-media", "Whether to fund media", false), (own.Id, own.Question, own.Declared));
        Assert.Equal(["signature", "fund-media"], catalog.Decisions.Select(d => d.Id));
    }

    [Fact]
    public void Load_NoDecisionsKey_EveryOptionIsItsOwnDecisionWithoutWarning()
    {
        // Arrange, Act
        var (catalog, diagnostics) = Load(string.Empty);

        // Assert
        Assert.Empty(diagnostics);
        Assert.Equal(["sign-now", "ratify-first", "fund-media"], catalog.Decisions.Select(d => d.Id));
        Assert.All(catalog.Decisions, d => Assert.False(d.Declared));
    }

    [Theory]
    [InlineData("  - { id: a, question: q, complementary: [sign-nw] }\n", DiagnosticCodes.UnknownDecisionOption, "decision 'a' lists 'sign-nw', which options.yaml does not declare (did you mean 'sign-now'?)", 2, 43)]
    [InlineData("  - { id: a, question: q, alternatives: [sign-now], complementary: [sign-now] }\n", DiagnosticCodes.OptionInTwoDecisions, "option 'sign-now' is already in this decision; an option answers one decision, once", 2, 69)]
    [InlineData("  - { id: a, question: q, alternatives: [sign-now] }\n  - { id: b, question: q, alternatives: [sign-now] }\n", DiagnosticCodes.OptionInTwoDecisions, "option 'sign-now' is already in decision 'a'; an option answers one decision, once", 3, 42)]
    [InlineData("  - { id: a, question: q }\n  - { id: a, question: r }\n", DiagnosticCodes.DuplicateDecision, "decision id 'a' is declared twice", 3, 5)]
    [InlineData("  - { id: A_1, question: q }\n", DiagnosticCodes.BadId, "decision id 'A_1' must be kebab-case (lower-case words joined by '-')", 2, 11)]
    [InlineData("  - { id: a, question: q, alternatives: [sign-now], complementary: [ratify-first], prefer: [{ option: sign-now, over: ratify-first, because: b }] }\n", DiagnosticCodes.BadPreference, "'ratify-first' is not an alternative of this decision; a preference settles two of its alternatives", 2, 119)]
    [InlineData("  - { id: a, question: q, alternatives: [sign-now, ratify-first], prefer: [{ option: sign-now, over: sign-now, because: b }] }\n", DiagnosticCodes.BadPreference, "'sign-now' cannot prevail over itself", 2, 102)]
    [InlineData("  - { id: a, question: q, alternatives: [sign-now, ratify-first], prefer: [{ option: sign-now, over: ratify-first }] }\n", DiagnosticCodes.MissingKey, "a preference is missing required key 'because'", 2, 76)]
    public void Load_BadDecision_ReportedAtItsPosition(string decisions, string code, string message, int line, int column)
    {
        // Arrange, Act
        var (_, diagnostics) = Load("decisions:\n" + decisions);

        // Assert: the options left unplaced only add PA0408 warnings.
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal((code, message, line, column), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Load_PreferenceWhileUnknownType_RefusedWithDidYouMean()
    {
        // Arrange
        var schema = new FactSchema([new FactTypeSpec("SignatureBlocked", "d", true, false, [], "facts.yaml", 1, 1)]);

        // Act
        var (catalog, diagnostics) = Load(
            "decisions:\n  - { id: a, question: q, alternatives: [sign-now, ratify-first], prefer: [{ option: sign-now, over: ratify-first, while: SignatureBlokced, because: b }] }\n",
            schema);

        // Assert
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(
            (DiagnosticCodes.UnknownPreferenceType, "unknown fact type 'SignatureBlokced' (did you mean 'SignatureBlocked'?)"),
            (error.Code, error.Message));
        Assert.Empty(catalog.Decisions[0].Preferences);
    }
}
