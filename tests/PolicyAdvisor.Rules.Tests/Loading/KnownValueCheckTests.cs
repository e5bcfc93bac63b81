using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Loading;

public sealed class KnownValueCheckTests : IDisposable
{
    private readonly TempRuleSet _set = new();

    public void Dispose() => _set.Dispose();

    private static string Rule(string where, string head = "rec: Recommendation") => $$"""
        rules:
          - id: extra-rule
            kind: risk
            title: T
            when:
              - {{head}}
                where: {{where}}
            then:
              risk: extra-risk
              severity: low
              because: "b"
            sources: [test-2026#1]
        """;

    [Fact]
    public void Load_OptionIdMisspeltInCondition_ErrorAtTheLiteralWithDidYouMean()
    {
        // Act
        var (_, diagnostics) = _set.LoadWith("extra.rules.yaml", Rule("option == \"sign-nwo\""));

        // Assert
        Assert.Equal(
            [(DiagnosticCodes.ExprUnknownOption, "\"sign-nwo\" compared with Recommendation.option is not an option id in options.yaml, so this never matches (did you mean 'sign-now'?)", 7, 26)],
            diagnostics);
    }

    [Theory]
    [InlineData("rec: Risk", "against.Contains(\"sign-nwo\")", DiagnosticCodes.ExprUnknownOption, 33)]
    [InlineData("rec: Tradeoff", "options.Contains(\"wait-for-ratificaton\")", DiagnosticCodes.ExprUnknownOption, 33)]
    [InlineData("rec: Risk", "risk == \"spoiler-dealy\"", DiagnosticCodes.ExprUnknownId, 24)]
    [InlineData("rec: Tradeoff", "tradeoff != \"sign-now-vs-ratfied\"", DiagnosticCodes.ExprUnknownId, 28)]
    [InlineData("rec: Recommendation", "'\"delay-rsk\" == rule'", DiagnosticCodes.ExprUnknownId, 17)]
    public void Load_IdMisspeltInConditionOnAKnownField_ErrorWithPosition(string head, string where, string code, int column)
    {
        // Act
        var (_, diagnostics) = _set.LoadWith("extra.rules.yaml", Rule(where, head));

        // Assert
        var error = Assert.Single(diagnostics);
        Assert.Equal((code, 7, column), (error.Code, error.Line, error.Column));
        Assert.Contains("(did you mean '", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rec: Recommendation", "option == \"sign-now\"")]
    [InlineData("rec: Risk", "risk == \"spoiler-delay\" || risk == \"extra-risk\"")]
    [InlineData("rec: Tradeoff", "tradeoff == \"sign-now-vs-ratified\"")]
    [InlineData("rec: Recommendation", "rule == \"sign-while-demand-stands\"")]
    [InlineData("rec: Recommendation", "because == \"anything at all\"")]
    public void Load_ExistingIdsInConditions_Accepted(string head, string where)
    {
        // Act
        var (ruleBase, diagnostics) = _set.LoadWith("extra.rules.yaml", Rule(where, head));

        // Assert
        Assert.Empty(diagnostics);
        Assert.NotNull(ruleBase.SessionFactory);
    }

    [Fact]
    public void Load_FactIdInCondition_KeptForTheSituationsCheck()
    {
        // Act
        var (ruleBase, diagnostics) = _set.LoadWith("extra.rules.yaml", Rule("id == \"agrement\"", "a: Agreement"));

        // Assert
        Assert.Empty(diagnostics);
        var use = Assert.Single(ruleBase.FactIdLiterals);
        Assert.Equal(("Agreement", "id", "agrement", 7, 22), (use.TypeName, use.Member, use.Literal, use.Line, use.Column));
    }

    [Fact]
    public void Load_YamlErrorInOneFile_NoUsageWarningsThatFollowFromIt()
    {
        // Arrange: complete, the set warns that no rule recommends wait-for-ratification; the broken file holds
        // the only rule recommending sign-now, so a naive check would add a false warning for that too.
        var complete = _set.Load(out var before);
        Assert.NotNull(complete.SessionFactory);
        Assert.Contains(before, d => d.Code == DiagnosticCodes.UnusedOption);
        var main = Path.Combine(_set.Rules, "main.rules.yaml");
        File.WriteAllText(main, File.ReadAllText(main).Replace("kind: option", "kind: \"option", StringComparison.Ordinal));

        // Act
        _set.Load(out var after);

        // Assert
        var error = Assert.Single(after);
        Assert.Equal(DiagnosticCodes.UnclosedQuote, error.Code);
    }
}
