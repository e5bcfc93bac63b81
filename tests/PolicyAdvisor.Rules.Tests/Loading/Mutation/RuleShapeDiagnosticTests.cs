using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Loading.Mutation;

/// <summary>Every shape mistake in a rules file and in a rule's premises, with exact code, message and position.</summary>
public sealed class RuleShapeDiagnosticTests : IDisposable
{
    private readonly TempRuleSet _set = new();

    public void Dispose() => _set.Dispose();

    private (RuleBase RuleBase, IReadOnlyList<(string Code, string Message, int Line, int Column)> Diagnostics) LoadWith(string rules) =>
        _set.LoadWith("extra.rules.yaml", rules);

    private static string Rule(string when, string extra = "    sources: [test-2026#1]\n") =>
        "rules:\n  - id: extra-rule\n    kind: option\n    title: T\n    when:\n" + when + "    then:\n      recommend: sign-now\n" + extra;

    [Fact]
    public void Load_TopLevelList_MustBeAMapping()
    {
        var (_, diagnostics) = LoadWith("- a\n- b\n");

        Assert.Equal([(DiagnosticCodes.WrongShape, "a rules file must be a mapping (key: value lines), not a list", 1, 1)], diagnostics);
    }

    [Fact]
    public void Load_NoRulesKey_ReportsUnknownAndMissing()
    {
        var (_, diagnostics) = LoadWith("rulez: []\n");

        Assert.Equal(
        [
            (DiagnosticCodes.UnknownKey, "unknown key 'rulez' in a rules file (did you mean 'rules'?)", 1, 1),
            (DiagnosticCodes.MissingKey, "a rules file is missing required key 'rules'", 1, 1),
        ], diagnostics);
    }

    [Fact]
    public void Load_RulesNotAList_Reported()
    {
        var (_, diagnostics) = LoadWith("rules: none\n");

        Assert.Equal([(DiagnosticCodes.WrongShape, "'rules' must be a list, not a value", 1, 8)], diagnostics);
    }

    [Fact]
    public void Load_RuleNotAMapping_ReportedAndOthersStillRead()
    {
        var (ruleBase, diagnostics) = LoadWith("rules:\n  - just text\n" + Rule("      - agreement: Agreement\n")[7..]);

        Assert.Equal([(DiagnosticCodes.WrongShape, "a rule must be a mapping (key: value lines), not a value", 2, 5)], diagnostics);
        Assert.NotNull(ruleBase.FindRule("extra-rule"));
    }

    [Fact]
    public void Load_MissingRequiredKeys_EachReportedAtTheRule()
    {
        var (_, diagnostics) = LoadWith("rules:\n  - id: r\n    kind: option\n");

        Assert.Equal(
        [
            (DiagnosticCodes.MissingKey, "a rule is missing required key 'title'", 2, 5),
            (DiagnosticCodes.MissingKey, "a rule is missing required key 'when'", 2, 5),
            (DiagnosticCodes.MissingKey, "a rule is missing required key 'then'", 2, 5),
        ], diagnostics);
    }

    [Fact]
    public void Load_BadKindAndPriority_BothReported()
    {
        var text = Rule("      - agreement: Agreement\n").Replace("kind: option\n", "kind: advice\n    priority: high\n", StringComparison.Ordinal);

        var (_, diagnostics) = LoadWith(text);

        Assert.Equal(
        [
            (DiagnosticCodes.BadValue, "'kind' must be one of assessment, option, risk, tradeoff; found 'advice'", 3, 11),
            (DiagnosticCodes.BadValue, "expected a whole number, found 'high'", 4, 15),
        ], diagnostics);
    }

    [Fact]
    public void Load_ValidRule_ReadsEveryField()
    {
        var text = Rule("      - agreement: Agreement\n", "    sources: [test-2026#1]\n    notes: n\n").Replace("kind: option\n", "kind: option\n    priority: -4\n", StringComparison.Ordinal);

        var (ruleBase, diagnostics) = LoadWith(text);

        Assert.Empty(diagnostics);
        var rule = ruleBase.FindRule("extra-rule")!;
        Assert.Equal((RuleKind.Option, "T", -4, "n", 2, 5), (rule.Kind, rule.Title, rule.Priority, rule.Notes, rule.Line, rule.Column));
        Assert.Equal(["test-2026#1"], rule.Sources);
        Assert.Equal(-4, rule.Definition.Priority);
        Assert.Same(rule, ruleBase.SpecOf(rule.Definition));
        Assert.Equal(("extra-rule", "option", 2), ((string)rule.Definition.Properties[RuleProperties.Id], (string)rule.Definition.Properties[RuleProperties.Kind], (int)rule.Definition.Properties[RuleProperties.Line]));
        Assert.NotNull(ruleBase.SessionFactory);
    }

    [Fact]
    public void Load_RuleWithoutPriority_DefaultsToZeroAndNoNotes()
    {
        var (ruleBase, _) = LoadWith(Rule("      - agreement: Agreement\n"));

        var rule = ruleBase.FindRule("extra-rule")!;
        Assert.Equal((0, (string?)null), (rule.Priority, rule.Notes));
    }

    [Fact]
    public void Load_EmptySourcesList_Warns()
    {
        var (_, diagnostics) = LoadWith(Rule("      - agreement: Agreement\n", "    sources: []\n"));

        Assert.Equal([(DiagnosticCodes.NoSources, "rule 'extra-rule' cites no sources: add the claim ids it rests on", 2, 9)], diagnostics);
    }

    [Fact]
    public void Load_EmptyWhen_NeedsAPremise()
    {
        var (_, diagnostics) = LoadWith(Rule("      []\n").Replace("when:\n      []", "when: []", StringComparison.Ordinal));

        Assert.Equal([(DiagnosticCodes.BadPremise, "'when' needs at least one premise", 5, 11)], diagnostics);
    }

    [Fact]
    public void Load_PremiseNotAMapping_Reported()
    {
        var (_, diagnostics) = LoadWith(Rule("      - Agreement\n"));

        Assert.Equal([(DiagnosticCodes.WrongShape, "a premise must be a mapping (key: value lines), not a value", 6, 9)], diagnostics);
    }

    [Fact]
    public void Load_PremiseWithOnlyWhere_NeedsAHead()
    {
        var (_, diagnostics) = LoadWith(Rule("      - where: met\n"));

        Assert.Equal([(DiagnosticCodes.BadPremise, "a premise needs '<binding>: <Type>', 'not: <Type>', 'exists: <Type>' or 'collect: <Type>'", 6, 9)], diagnostics);
    }

    [Fact]
    public void Load_TwoHeads_SecondIsAnUnknownKey()
    {
        var (_, diagnostics) = LoadWith(Rule("      - agreement: Agreement\n        other: Precondition\n"));

        Assert.Equal([(DiagnosticCodes.UnknownKey, "unknown key 'other' in a premise: a premise has one '<binding>: <Type>' and may add where, into, having", 7, 9)], diagnostics);
    }

    [Theory]
    [InlineData("into: x", "into")]
    [InlineData("having: count > 1", "having")]
    public void Load_CollectClauseOnPattern_Refused(string clause, string key)
    {
        var (_, diagnostics) = LoadWith(Rule("      - agreement: Agreement\n        " + clause + "\n"));

        Assert.Equal([(DiagnosticCodes.UnknownKey, $"'{key}' belongs only to a 'collect' premise", 7, 9)], diagnostics);
    }

    [Fact]
    public void Load_CollectClauseOnNot_Refused()
    {
        var (_, diagnostics) = LoadWith(Rule("      - not: Agreement\n        into: x\n"));

        Assert.Equal([(DiagnosticCodes.UnknownKey, "'into' belongs only to a 'collect' premise", 7, 9)], diagnostics);
    }

    [Theory]
    [InlineData("Agreement_x")]
    [InlineData("9lives")]
    [InlineData("id")]
    public void Load_BadBindingName_Refused(string name)
    {
        var (_, diagnostics) = LoadWith(Rule($"      - {name}: Agreement\n"));

        Assert.Equal([(DiagnosticCodes.BadBinding, $"'{name}' cannot name a binding: use a snake_case word that is not reserved (e.g. agreement, open_demands)", 6, 9)], diagnostics);
    }

    [Theory]
    [InlineData("not")]
    [InlineData("exists")]
    public void Load_CollectIntoQuantifierName_Refused(string name)
    {
        var (_, diagnostics) = LoadWith(Rule($"      - collect: Precondition\n        into: {name}\n"));

        Assert.Equal([(DiagnosticCodes.BadBinding, $"'{name}' cannot name a binding: use a snake_case word that is not reserved (e.g. agreement, open_demands)", 7, 15)], diagnostics);
    }

    [Fact]
    public void Load_CollectIntoExistingBinding_Refused()
    {
        var (_, diagnostics) = LoadWith(Rule("      - open: Agreement\n      - collect: Precondition\n        into: open\n"));

        Assert.Equal([(DiagnosticCodes.BadBinding, "binding 'open' is bound twice in this rule", 8, 15)], diagnostics);
    }

    [Fact]
    public void Load_WhereAsMapping_Reported()
    {
        var (_, diagnostics) = LoadWith(Rule("      - agreement: Agreement\n        where: { a: b }\n"));

        Assert.Equal([(DiagnosticCodes.WrongShape, "'where' must be a list of values, not a mapping", 7, 16)], diagnostics);
    }

    [Fact]
    public void Load_HavingAsList_Reported()
    {
        var (_, diagnostics) = LoadWith(Rule("      - collect: Precondition\n        into: open\n        having: [count > 1]\n"));

        Assert.Equal([(DiagnosticCodes.WrongShape, "'having' must be a single value, not a list", 8, 17)], diagnostics);
    }

    [Fact]
    public void Load_BadHavingCondition_Reported()
    {
        var (_, diagnostics) = LoadWith(Rule("      - collect: Precondition\n        into: open\n        having: cuont > 1\n"));

        Assert.Equal([(DiagnosticCodes.ExprUnknownName, "unknown name 'cuont'; 'having' sees 'count' and earlier bindings (did you mean 'count'?)", 8, 17)], diagnostics);
    }

    [Fact]
    public void Load_SecondWhereLineBad_ReportsOnlyThatLine()
    {
        var (_, diagnostics) = LoadWith(Rule("      - agreement: Agreement\n        where:\n          - status == \"signed\"\n          - statsu == \"signed\"\n"));

        Assert.Equal([(DiagnosticCodes.ExprUnknownField, "unknown field 'statsu' on Agreement (did you mean 'status'?)", 9, 13)], diagnostics);
    }

    [Fact]
    public void Load_UnknownTypeInNot_Reported()
    {
        var (_, diagnostics) = LoadWith(Rule("      - agreement: Agreement\n      - not: Agrement\n"));

        Assert.Equal([(DiagnosticCodes.UnknownType, "unknown fact type 'Agrement' (did you mean 'Agreement'?)", 7, 14)], diagnostics);
    }

    [Fact]
    public void Load_TypeAsList_Reported()
    {
        var (_, diagnostics) = LoadWith(Rule("      - agreement: [Agreement]\n"));

        Assert.Equal([(DiagnosticCodes.WrongShape, "'agreement' must be a single value, not a list", 6, 20)], diagnostics);
    }

    [Fact]
    public void Load_QuantifiersAndCollect_ReadAsPremisesOfTheirKind()
    {
        var (ruleBase, diagnostics) = LoadWith(Rule(
            "      - agreement: Agreement\n      - not: Precondition\n        where: met\n      - exists: Precondition\n        where: \"!met\"\n      - collect: Precondition\n        into: all_demands\n        having: count >= 1\n"));

        Assert.Empty(diagnostics);
        var premises = ruleBase.FindRule("extra-rule")!.Premises;
        Assert.Equal(
        [
            (PremiseKind.Pattern, "agreement", "Agreement", (string?)null, 6, 9),
            (PremiseKind.Not, null, "Precondition", null, 7, 9),
            (PremiseKind.Exists, null, "Precondition", null, 9, 9),
            (PremiseKind.Collect, "all_demands", "Precondition", "count >= 1", 11, 9),
        ], premises.Select(p => (p.Kind, p.Binding, p.TypeName, p.Having, p.Line, p.Column)));
        Assert.Equal(["met"], premises[1].Where);
    }
}
