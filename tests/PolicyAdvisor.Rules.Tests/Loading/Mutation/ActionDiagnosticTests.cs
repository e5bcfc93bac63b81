using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Loading.Mutation;

/// <summary>
/// A rule's 'then': the head it needs, each head's own keys and defaults, ids, trade-off sides and set values,
/// with exact code, message and position, and what a valid action keeps.
/// </summary>
public sealed class ActionDiagnosticTests : IDisposable
{
    private readonly TempRuleSet _set = new();

    public void Dispose() => _set.Dispose();

    // Line 7 of the file is 'then:'; the action's keys start at line 8, column 7.
    private static string Rule(string kind, string then) =>
        $"rules:\n  - id: extra-rule\n    kind: {kind}\n    title: T\n    when:\n      - agreement: Agreement\n    then:\n{then}    sources: [test-2026#1]\n";

    private (RuleBase RuleBase, IReadOnlyList<(string Code, string Message, int Line, int Column)> Diagnostics) Load(string kind, string then) =>
        _set.LoadWith("extra.rules.yaml", Rule(kind, then));

    private ActionSpec Accepted(string kind, string then)
    {
        var (ruleBase, diagnostics) = Load(kind, then);
        Assert.Empty(diagnostics);
        return ruleBase.FindRule("extra-rule")!.Action;
    }

    private IReadOnlyList<(string Code, string Message, int Line, int Column)> Refused(string kind, string then)
    {
        var (ruleBase, diagnostics) = Load(kind, then);
        Assert.Null(ruleBase.FindRule("extra-rule"));
        return diagnostics;
    }

    [Fact]
    public void Load_RecommendWithoutStrengthOrBecause_ModerateAndEmpty()
    {
        // Arrange, Act
        var action = Accepted("option", "      recommend: sign-now\n");

        // Assert
        Assert.Equal((ActionKind.Recommend, "sign-now", "moderate", string.Empty), (action.Kind, action.Target, action.Strength, action.Because));
    }

    [Fact]
    public void Load_RiskWithoutSeverity_ModerateAndBecauseKept()
    {
        // Arrange, Act
        var action = Accepted("risk", "      risk: late-signing\n      because: it is late\n");

        // Assert
        Assert.Equal((ActionKind.Risk, "late-signing", "moderate", "it is late"), (action.Kind, action.Target, action.Severity, action.Because));
    }

    [Fact]
    public void Load_Tradeoff_KeepsBothSidesWithTheirViews()
    {
        // Arrange, Act
        var action = Accepted("tradeoff", "      tradeoff: now-or-later\n      between:\n        - { option: sign-now, view: Now. }\n        - { option: wait-for-ratification, view: Later. }\n");

        // Assert
        Assert.Equal([("sign-now", "Now."), ("wait-for-ratification", "Later.")], action.Sides.Select(s => (s.Option, s.View)));
    }

    [Fact]
    public void Load_ThenWithoutHead_FoundNoneAndUnknownKeys()
    {
        // Arrange, Act
        var diagnostics = Refused("option", "      because: x\n      strenght: strong\n");

        // Assert
        Assert.Equal(
        [
            (DiagnosticCodes.BadAction, "'then' needs exactly one of recommend, assert, risk, tradeoff; found none", 8, 7),
            (DiagnosticCodes.UnknownKey, "unknown key 'strenght' in 'then' (did you mean 'strength'?)", 9, 7),
        ], diagnostics);
    }

    [Fact]
    public void Load_HeadWithAnotherHeadsKey_UnknownInThatAction()
    {
        // Arrange, Act
        var diagnostics = Refused("option", "      recommend: sign-now\n      severity: high\n");

        // Assert
        Assert.Equal([(DiagnosticCodes.UnknownKey, "unknown key 'severity' in a 'recommend' action", 9, 7)], diagnostics);
    }

    [Fact]
    public void Load_TargetNotAValue_RefusedAtTheList()
    {
        // Arrange, Act
        var diagnostics = Refused("option", "      recommend: [sign-now]\n");

        // Assert
        Assert.Equal([(DiagnosticCodes.WrongShape, "'recommend' must be a single value, not a list", 8, 18)], diagnostics);
    }

    [Fact]
    public void Load_BadStrength_RuleLeftOut()
    {
        // Arrange, Act
        var diagnostics = Refused("option", "      recommend: sign-now\n      strength: huge\n");

        // Assert
        Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.BadValue, 9, 17), (diagnostics[0].Code, diagnostics[0].Line, diagnostics[0].Column));
    }

    [Theory]
    [InlineData("risk", "      risk: Late_Signing\n", "risk id 'Late_Signing' must be kebab-case (lower-case words joined by '-')", 8, 13)]
    [InlineData("tradeoff", "      tradeoff: Now_Or_Later\n      between: [{ option: sign-now, view: a }, { option: sign-now, view: b }]\n", "trade-off id 'Now_Or_Later' must be kebab-case (lower-case words joined by '-')", 8, 17)]
    public void Load_IdNotKebab_RefusedAtTheId(string kind, string then, string message, int line, int column)
    {
        // Arrange, Act
        var diagnostics = Refused(kind, then);

        // Assert
        Assert.Equal([(DiagnosticCodes.BadId, message, line, column)], diagnostics);
    }

    [Theory]
    [InlineData("      between: x\n", DiagnosticCodes.WrongShape, "'between' must be a list, not a value", 9, 16)]
    [InlineData("      between: [x, { option: sign-now, view: v }]\n", DiagnosticCodes.WrongShape, "a trade-off side must be a mapping (key: value lines), not a value", 9, 17)]
    [InlineData("      between: [{ option: sign-now, view: v, note: n }, { option: sign-now, view: w }]\n", DiagnosticCodes.UnknownKey, "unknown key 'note' in a trade-off side", 9, 46)]
    [InlineData("      between: [{ option: sign-later, view: v }, { option: sign-now, view: w }]\n", DiagnosticCodes.UnknownOption, "unknown option 'sign-later'", 9, 27)]
    public void Load_BadTradeoffSide_Refused(string between, string code, string message, int line, int column)
    {
        // Arrange, Act
        var diagnostics = Refused("tradeoff", "      tradeoff: now-or-later\n" + between);

        // Assert
        Assert.Contains((code, message, line, column), diagnostics);
    }

    [Fact]
    public void Load_AssertWithSetNotAMapping_Refused()
    {
        // Arrange, Act
        var diagnostics = Refused("assessment", "      assert: WindowNarrowing\n      set: x\n");

        // Assert
        Assert.Equal([(DiagnosticCodes.WrongShape, "'set' must be a mapping (key: value lines), not a value", 9, 12)], diagnostics);
    }

    [Fact]
    public void Load_AssertWithoutSet_NothingSet()
    {
        // Arrange, Act
        var action = Accepted("assessment", "      assert: WindowNarrowing\n");

        // Assert
        Assert.Equal((ActionKind.Assert, "WindowNarrowing"), (action.Kind, action.Target));
        Assert.Empty(action.Set);
    }
}
