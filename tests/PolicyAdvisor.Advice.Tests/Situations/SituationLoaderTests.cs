using PolicyAdvisor.Tests.Shared;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Tests.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Situations;

public sealed class SituationLoaderTests
{
    private readonly KnowledgeBase _knowledge = Mini.Load();

    [Fact]
    public void Load_Extends_MergesChangedFieldsKeepsBaseConfidenceAndDate()
    {
        var situation = Mini.Situation(_knowledge, "passed");

        var referendum = situation.Find("referendum")!;
        Assert.Equal(true, referendum.ValueMap["passed"]);
        Assert.Equal("moderate", referendum.Confidence);
        Assert.Equal(new DateTime(2026, 2, 1), situation.AsOf);
        Assert.Equal(3, situation.Facts.Count);
        Assert.Equal(2, situation.Files.Count);
    }

    [Fact]
    public void Load_Uncertainty_KeepsAlternativesWithEstimativeLikelihood()
    {
        var situation = Mini.Situation(_knowledge, "base");

        var uncertain = Assert.Single(situation.Uncertainties);
        Assert.Equal(("referendum", "passed"), (uncertain.FactId, uncertain.Field));
        Assert.Equal(["unlikely", "likely"], uncertain.Alternatives.Select(a => a.Likelihood.Words));
    }

    [Theory]
    [InlineData("facts:\n  - type: Referendum\n    fields: { pased: true }\n    confidence: high\n", "PA0503", 3, 15, "Referendum has no field 'pased' (did you mean 'passed'?)")]
    [InlineData("facts:\n  - type: Referendm\n    confidence: high\n", "PA0501", 2, 11, "unknown fact type 'Referendm' (did you mean 'Referendum'?)")]
    [InlineData("facts:\n  - type: SignatureBlocked\n    confidence: high\n", "PA0501", 2, 11, "fact type 'SignatureBlocked' is concluded by rules; a situation cannot state it")]
    [InlineData("facts:\n  - type: Referendum\n    confidence: certain\n", "PA0013", 3, 17, null)]
    [InlineData("extends: nowhere\n", "PA0507", 1, 10, "extends 'nowhere': no situation file 'nowhere.yaml' beside this one")]
    [InlineData("retract: [referendm]\nextends: base\n", "PA0508", 1, 11, "retract 'referendm': no fact with that id (did you mean 'referendum'?)")]
    [InlineData("facts:\n  - type: Referendum\n    confidence: high\n    until: 2026-06-07\n    expires: 2026-06-08\n", "PA0510", 5, 5, "give 'until' or its synonym 'expires', not both")]
    [InlineData("facts:\n  - type: Referendum\n    confidence: high\n    until: June\n", "PA0013", 4, 12, "expected a date written yyyy-mm-dd, found 'June'")]
    public void Load_BadSituation_ReportsPositionedDiagnostic(string body, string code, int line, int column, string? message)
    {
        var (situation, diagnostics) = Mini.LoadText(_knowledge, "title: t\nas_of: 2026-01-01\n" + body);

        Assert.Null(situation);
        var error = diagnostics.Items.First(d => d.IsError);
        Assert.Equal((code, line + 2, column), (error.Code, error.Line, error.Column));
        if (message is not null)
        {
            Assert.Equal(message, error.Message);
        }
    }

    [Fact]
    public void Load_BadLikelihood_ListsTheScale()
    {
        var (_, diagnostics) = Mini.LoadText(_knowledge, "title: t\nas_of: 2026-01-01\nfacts:\n  - type: Referendum\n    confidence: high\n    uncertain:\n      passed:\n        - { value: true, likelihood: probable }\n");

        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal("PA0506", error.Code);
        Assert.Contains("almost no chance, very unlikely", error.Message);
    }

    [Fact]
    public void Load_DuplicateFactId_PointsAtTheSecond()
    {
        var (_, diagnostics) = Mini.LoadText(_knowledge, "title: t\nas_of: 2026-01-01\nfacts:\n  - type: Referendum\n    confidence: high\n  - type: Referendum\n    confidence: low\n");

        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal(("PA0502", 6), (error.Code, error.Line));
    }

    [Fact]
    public void Load_ValidityLabelAndRealises_KeptOnTheFactAndItsValue()
    {
        var (situation, diagnostics) = Mini.LoadText(_knowledge, "title: t\nas_of: 2026-01-01\nfacts:\n  - type: Referendum\n    label: The charter vote\n    expires: 2026-06-07\n    confidence: high\n    uncertain:\n      passed:\n        - { value: false, likelihood: likely, realises: [old-framework] }\n        - { value: true, likelihood: unlikely }\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var referendum = situation!.Find("referendum")!;
        Assert.Equal(("The charter vote", new DateTime(2026, 6, 7)), (referendum.Label, referendum.Until));
        Assert.Equal(["old-framework"], referendum.Uncertain[0].Alternatives[0].Realises);
        Assert.Empty(referendum.Uncertain[0].Alternatives[1].Realises);
    }

    [Fact]
    public void Load_ExtendsRestatingFields_DropsTheInheritedWindowButKeepsItOtherwise()
    {
        // Arrange: a base with a window on the agreement, and two situations extending it.
        var folder = Directory.CreateTempSubdirectory("pa-window-").FullName;
        File.WriteAllText(Path.Combine(folder, "base.yaml"), "title: b\nas_of: 2026-01-01\nfacts:\n  - type: Agreement\n    until: 2026-03-01\n    fields: { status: initialled }\n    confidence: high\n");
        File.WriteAllText(Path.Combine(folder, "restated.yaml"), "title: r\nextends: base\nfacts:\n  - type: Agreement\n    fields: { status: signed }\n");
        File.WriteAllText(Path.Combine(folder, "reweighed.yaml"), "title: w\nextends: base\nfacts:\n  - type: Agreement\n    confidence: moderate\n");
        var diagnostics = new PolicyAdvisor.Rules.DiagnosticBag();

        // Act
        var restated = _knowledge.Situations.Load(Path.Combine(folder, "restated.yaml"), diagnostics)!;
        var reweighed = _knowledge.Situations.Load(Path.Combine(folder, "reweighed.yaml"), diagnostics)!;

        // Assert
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Null(restated.Find("agreement")!.Until);
        Assert.Equal(new DateTime(2026, 3, 1), reweighed.Find("agreement")!.Until);
    }

    [Fact]
    public void Situations_RealisesARiskNoRuleRaises_TheLoaderMemoAndExplainUseReportsIt()
    {
        // Act: the loader every command loads a situation with
        var (situation, diagnostics) = Mini.LoadText(_knowledge, "title: t\nas_of: 2026-01-01\nfacts:\n  - type: Referendum\n    confidence: high\n    uncertain:\n      passed:\n        - { value: false, likelihood: likely, realises: [old-framwork] }\n");

        // Assert
        Assert.Null(situation);
        Assert.Equal("PA0509", Assert.Single(diagnostics.Items, d => d.IsError).Code);
    }

    [Fact]
    public void LoadSituations_RealisesARiskNoRuleRaises_RulesCheckReportsItWithDidYouMean()
    {
        // Arrange
        var folder = Directory.CreateTempSubdirectory("pa-realises-").FullName;
        File.WriteAllText(Path.Combine(folder, "s.yaml"), "title: t\nas_of: 2026-01-01\nfacts:\n  - type: Referendum\n    confidence: high\n    uncertain:\n      passed:\n        - { value: false, likelihood: likely, realises: [old-framwork] }\n");
        var bag = new PolicyAdvisor.Rules.DiagnosticBag();

        // Act
        var situations = PolicyAdvisor.Advice.Testing.KnowledgeCheck.LoadSituations(_knowledge.RuleBase, folder, bag);

        // Assert
        Assert.Empty(situations);
        var error = Assert.Single(bag.Items, d => d.IsError);
        Assert.Equal(("PA0509", 8, 58, "realises 'old-framwork': no rule raises that risk (did you mean 'old-framework'?)"), (error.Code, error.Line, error.Column, error.Message));
    }

    [Fact]
    public void Load_ExtendsALinkLeadingOutOfTheFolder_RefusedAtTheBase()
    {
        var folder = Directory.CreateTempSubdirectory("pa-situation-").FullName;
        var elsewhere = Directory.CreateTempSubdirectory("pa-elsewhere-").FullName;
        File.Copy(Path.Combine(Mini.Situations, "base.yaml"), Path.Combine(elsewhere, "base.yaml"));
        File.CreateSymbolicLink(Path.Combine(folder, "base.yaml"), Path.Combine(elsewhere, "base.yaml"));
        File.WriteAllText(Path.Combine(folder, "what-if.yaml"), "title: t\nas_of: 2026-01-01\nextends: base\n");
        var diagnostics = new DiagnosticBag();

        var situation = _knowledge.Situations.Load(Path.Combine(folder, "what-if.yaml"), diagnostics);

        Assert.Null(situation);
        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal((DiagnosticCodes.LinkLeavesFolder, 0), (error.Code, error.Line));
        Assert.EndsWith("base.yaml", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ExtendsAFifo_RefusedWithoutWaitingForAWriter()
    {
        var folder = Directory.CreateTempSubdirectory("pa-situation-").FullName;
        SpecialFiles.Fifo(Path.Combine(folder, "base.yaml"));
        File.WriteAllText(Path.Combine(folder, "what-if.yaml"), "title: t\nas_of: 2026-01-01\nextends: base\n");
        var diagnostics = new DiagnosticBag();

        var situation = await Task.Run(() => _knowledge.Situations.Load(Path.Combine(folder, "what-if.yaml"), diagnostics)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(situation);
        Assert.Equal(DiagnosticCodes.NotRegularFile, Assert.Single(diagnostics.Items, d => d.IsError).Code);
    }

    [Fact]
    public void Load_Extends_RecordsBothFilesWithTheHashOfTheBytesRead()
    {
        var situation = Mini.Situation(_knowledge, "passed");

        Assert.Equal(
            [Path.Combine(Mini.Situations, "passed.yaml"), Path.Combine(Mini.Situations, "base.yaml")],
            situation.Inputs.Select(i => i.Path));
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(Mini.Situations, "base.yaml")))),
            situation.Inputs[1].Sha256);
    }

    [Fact]
    public void Load_FactOverridingABaseFactThenANewOne_KeepsFileOrder()
    {
        var (situation, diagnostics) = Mini.LoadText(_knowledge, "title: t\nextends: base\nfacts:\n  - type: Referendum\n    fields: { passed: true }\n  - type: Referendum\n    id: second\n    confidence: low\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(true, situation!.Find("referendum")!.ValueMap["passed"]);
        Assert.Equal("second", situation.Facts[^1].Id);
        Assert.Equal(situation.Facts.Count, situation.Facts.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void Find_AfterWith_SeesTheChangedFact()
    {
        var situation = Mini.Situation(_knowledge, "base");
        Assert.NotNull(situation.Find("referendum"));

        var changed = situation.With("referendum", "passed", true);

        Assert.Equal(true, changed.Find("referendum")!.ValueMap["passed"]);
        Assert.NotEqual(true, situation.Find("referendum")!.ValueMap.GetValueOrDefault("passed"));
    }
}
