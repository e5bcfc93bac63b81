namespace PolicyAdvisor.Rules.Tests.Diagnostics;

public sealed class DiagnosticFormatterTests
{
    private static readonly Diagnostic Error = new(DiagnosticSeverity.Error, "PA0302", "unknown field 'statsu' on Agreement", "rules/x.rules.yaml", 2, 12);
    private static readonly Diagnostic Warning = new(DiagnosticSeverity.Warning, "PA0220", "rule 'r' cites no sources", "rules/x.rules.yaml", 1, 3);

    private static IReadOnlyList<string>? Lines(string file) => file == "rules/x.rules.yaml" ? ["- id: r", "  where: statsu == \"x\""] : null;

    [Fact]
    public void FormatText_ErrorWithSource_PrintsLineAndCaret()
    {
        var text = DiagnosticFormatter.FormatText([Error], Lines);

        Assert.Equal(
            "rules/x.rules.yaml(2,12): error PA0302: unknown field 'statsu' on Agreement\n" +
            "    where: statsu == \"x\"\n" +
            "             ^\n" +
            "1 error(s), 0 warning(s)\n",
            text);
    }

    [Fact]
    public void FormatText_FileWideDiagnostic_HasNoPositionOrExcerpt()
    {
        var text = DiagnosticFormatter.FormatText([new Diagnostic(DiagnosticSeverity.Error, "PA0003", "the file is empty", "rules/facts.yaml", 0, 0)], Lines);

        Assert.Equal("rules/facts.yaml: error PA0003: the file is empty\n1 error(s), 0 warning(s)\n", text);
    }

    [Fact]
    public void FormatJson_TwoDiagnostics_CountsAndFieldsInOrder()
    {
        var json = DiagnosticFormatter.FormatJson([Warning, Error]);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal((1, 1), (root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32()));
        var second = root.GetProperty("diagnostics")[1];
        Assert.Equal(
            ("rules/x.rules.yaml", 2, 12, "error", "PA0302", "unknown field 'statsu' on Agreement"),
            (second.GetProperty("file").GetString(), second.GetProperty("line").GetInt32(), second.GetProperty("column").GetInt32(),
             second.GetProperty("severity").GetString(), second.GetProperty("code").GetString(), second.GetProperty("message").GetString()));
    }

    [Fact]
    public void ToString_Warning_UsesTheCompilerStyleLine()
    {
        Assert.Equal("rules/x.rules.yaml(1,3): warning PA0220: rule 'r' cites no sources", Warning.ToString());
    }
}
