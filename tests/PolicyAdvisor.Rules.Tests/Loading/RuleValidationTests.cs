using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Loading;

public sealed class RuleValidationTests : IDisposable
{
    private readonly TempRuleSet _set = new();

    public void Dispose() => _set.Dispose();

    private IReadOnlyList<Diagnostic> LoadWith(string rules)
    {
        _set.Write("extra.rules.yaml", rules);
        _set.Load(out var diagnostics);
        return diagnostics.Where(d => d.File.EndsWith("extra.rules.yaml", StringComparison.Ordinal)).ToArray();
    }

    private static string Rule(string when, string then, string extra = "    sources: [test-2026#1]\n") =>
        "rules:\n  - id: extra-rule\n    kind: option\n    title: T\n    when:\n" + when + "    then:\n" + then + extra;

    private static (string Code, string Message, int Line, int Column) Shape(Diagnostic d) => (d.Code, d.Message, d.Line, d.Column);

    [Fact]
    public void Load_SeveralMistakes_ReportsEveryOneWithPosition()
    {
        var diagnostics = LoadWith("""
            rules:
              - id: extra-rule
                kind: option
                title: T
                wehn: []
                when:
                  - agreement: Agrement
                then:
                  recommend: sign-nwo
                sources: [test-2026#9]
            """);

        Assert.Equal(
        [
            (DiagnosticCodes.UnknownKey, "unknown key 'wehn' in a rule (did you mean 'when'?)", 5, 5),
            (DiagnosticCodes.UnknownType, "unknown fact type 'Agrement' (did you mean 'Agreement'?)", 7, 20),
            (DiagnosticCodes.UnknownClaim, "claim 'test-2026#9' is in no source digest (did you mean 'test-2026#1'?)", 10, 15),
        ], diagnostics.Select(Shape));
    }

    [Fact]
    public void Load_UnknownOption_SuggestsTheClosest()
    {
        var diagnostics = LoadWith(Rule("      - agreement: Agreement\n", "      recommend: sign-nwo\n"));

        Assert.Equal((DiagnosticCodes.UnknownOption, "unknown option 'sign-nwo' (did you mean 'sign-now'?)", 8, 18), Shape(Assert.Single(diagnostics)));
    }

    [Fact]
    public void Load_DuplicateIdAcrossFiles_PointsAtTheFirstUse()
    {
        // zz sorts after sub/more.rules.yaml, which declares delay-risk first.
        _set.Write("zz.rules.yaml", "rules:\n  - id: delay-risk\n    kind: option\n    title: T\n    when:\n      - a: Agreement\n    then:\n      recommend: sign-now\n    sources: [test-2026#1]\n");

        _set.Load(out var diagnostics);

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.DuplicateRule, 2, 9), (error.Code, error.Line, error.Column));
        Assert.Equal("rule id 'delay-risk' is already used at sub/more.rules.yaml(2,9)", error.Message);
    }

    [Fact]
    public void Load_IdNotKebab_Refused()
    {
        var diagnostics = LoadWith("rules:\n  - id: Extra_Rule\n    kind: option\n    title: T\n    when:\n      - a: Agreement\n    then:\n      recommend: sign-now\n    sources: [test-2026#1]\n");

        Assert.Equal((DiagnosticCodes.BadId, "rule id 'Extra_Rule' must be kebab-case (lower-case words joined by '-')", 2, 9), Shape(Assert.Single(diagnostics)));
    }

    [Fact]
    public void Load_BindingUsedBeforeBound_Refused()
    {
        var diagnostics = LoadWith(Rule("      - agreement: Agreement\n        where: signed_on > now.as_of\n      - now: Situation\n", "      recommend: sign-now\n"));

        Assert.Equal((DiagnosticCodes.ExprBindingOrder, "binding 'now' is used before it is bound (line 8 binds it); move that premise up", 7, 28), Shape(Assert.Single(diagnostics)));
    }

    [Fact]
    public void Load_QuotedConditionTypeMismatch_ColumnCountsTheQuote()
    {
        var diagnostics = LoadWith(Rule("      - agreement: Agreement\n        where: \"status == 3\"\n", "      recommend: sign-now\n"));

        Assert.Equal((DiagnosticCodes.ExprType, "type mismatch: '==' cannot compare or combine text and a number", 7, 24), Shape(Assert.Single(diagnostics)));
    }

    [Fact]
    public void Load_TemplateNamesUnknownBindingAndField_BothReported()
    {
        var diagnostics = LoadWith(Rule("      - agreement: Agreement\n", "      recommend: sign-now\n      because: \"{{ agreemnt.status }} and {{ agreement.stat }}\"\n"));

        Assert.Equal(
        [
            (DiagnosticCodes.BadTemplate, "'{{ agreemnt.status }}' names no binding of this rule; bound are agreement (did you mean 'agreement'?)", 9, 17),
            (DiagnosticCodes.BadTemplate, "'{{ agreement.stat }}': 'agreement' is an Agreement fact; write {{ agreement.<field> }} (did you mean 'status'?)", 9, 43),
        ], diagnostics.Select(Shape));
    }

    [Fact]
    public void Load_TwoActions_Refused()
    {
        var diagnostics = LoadWith(Rule("      - agreement: Agreement\n", "      recommend: sign-now\n      risk: some-risk\n"));

        Assert.Equal((DiagnosticCodes.BadAction, "'then' needs exactly one of recommend, assert, risk, tradeoff; found recommend, risk", 9, 7), Shape(Assert.Single(diagnostics)));
    }

    [Fact]
    public void Load_AssertOfNonDerivedType_Refused()
    {
        var diagnostics = LoadWith(Rule("      - agreement: Agreement\n", "      assert: Precondition\n"));

        Assert.Equal((DiagnosticCodes.NotDerived, "'Precondition' is not a derived type: mark it 'derived: true' in facts.yaml, or use recommend/risk/tradeoff", 8, 15), Shape(Assert.Single(diagnostics)));
    }

    [Fact]
    public void Load_SetOfUnknownFieldAndWrongValue_BothReported()
    {
        var diagnostics = LoadWith(Rule("      - agreement: Agreement\n", "      assert: WindowNarrowing\n      set: { reasn: x }\n"));

        Assert.Equal((DiagnosticCodes.UnknownField, "WindowNarrowing has no field 'reasn' (did you mean 'reason'?)", 9, 14), Shape(Assert.Single(diagnostics)));
    }

    [Fact]
    public void Load_TradeoffWithOneSide_Refused()
    {
        var diagnostics = LoadWith(Rule("      - agreement: Agreement\n", "      tradeoff: x-vs-y\n      between:\n        - { option: sign-now, view: v }\n"));

        Assert.Equal((DiagnosticCodes.BadTradeoff, "a trade-off needs 'between' with exactly two sides (option, view, sources)", 10, 9), Shape(Assert.Single(diagnostics)));
    }

    [Fact]
    public void Load_DuplicateBinding_Refused()
    {
        var diagnostics = LoadWith(Rule("      - a: Agreement\n      - a: Agreement\n", "      recommend: sign-now\n"));

        Assert.Equal((DiagnosticCodes.BadBinding, "binding 'a' is bound twice in this rule", 7, 9), Shape(Assert.Single(diagnostics)));
    }

    [Fact]
    public void Load_MisspeltWhereInPremise_SuggestsWhere()
    {
        var diagnostics = LoadWith(Rule("      - a: Agreement\n        wehre: met\n", "      recommend: sign-now\n"));

        Assert.Equal(DiagnosticCodes.UnknownKey, Assert.Single(diagnostics).Code);
        Assert.EndsWith("(did you mean 'where'?)", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RuleWithoutSources_Warns()
    {
        var diagnostics = LoadWith(Rule("      - agreement: Agreement\n", "      recommend: sign-now\n", extra: string.Empty));

        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.NoSources, "rule 'extra-rule' cites no sources: add the claim ids it rests on"), (warning.Severity, warning.Code, warning.Message));
    }

    [Fact]
    public void Load_Errors_LeaveNoSessionFactory()
    {
        _set.Write("extra.rules.yaml", Rule("      - agreement: Agreement\n", "      recommend: nope\n"));

        var ruleBase = _set.Load(out _);

        Assert.Null(ruleBase.SessionFactory);
    }

    [Fact]
    public void Load_UnusedFactType_Warns()
    {
        _set.Write("facts.yaml", File.ReadAllText(Path.Combine(_set.Rules, "facts.yaml")) + "  Referendum:\n    description: d\n");

        _set.Load(out var diagnostics);

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnusedType && d.Message == "no rule uses fact type 'Referendum'" && d.Line == 24);
    }

    [Fact]
    public void Load_LaterPremiseReadsCollectedCount_Compiles()
    {
        var diagnostics = LoadWith(Rule(
            "      - collect: Precondition\n        into: open\n      - agreement: Agreement\n        where: open.Count >= 1 && status != \"signed\"\n",
            "      recommend: sign-now\n      because: \"{{ open.count }} open\"\n"));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Load_CollectWithoutInto_Refused()
    {
        var diagnostics = LoadWith(Rule("      - collect: Precondition\n        where: \"!met\"\n", "      recommend: sign-now\n"));

        Assert.Equal((DiagnosticCodes.BadPremise, "a 'collect' premise needs 'into: <name>' to name the list", 6, 9), Shape(Assert.Single(diagnostics)));
    }
}
