using System.Text.Json;
using PolicyAdvisor.Cli.Authoring;
using PolicyAdvisor.Cli.Output;
using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Authoring;

public sealed class TextTableTests
{
    private static readonly TableColumn[] RuleColumns =
        [new("id"), new("kind"), new("title", CellFit.Wrap), new("at", CellFit.TruncateStart)];

    [Fact]
    public void Write_Terminal_DrawsATableAndKeepsMarkupCharactersLiteral()
    {
        var output = new StringWriter();
        var console = new CliConsole(output, new StringWriter(), isTerminal: true);

        TextTable.Write(console, [new("id"), new("title")], [["a-rule", "Uses [brackets]"]]);

        var text = output.ToString();
        Assert.Contains("a-rule", text, StringComparison.Ordinal);
        Assert.Contains("Uses [brackets]", text, StringComparison.Ordinal);
        Assert.Contains("─", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NotATerminal_PadsEveryColumnButTheLast()
    {
        var output = new StringWriter();
        var console = new CliConsole(output, new StringWriter(), isTerminal: false);

        TextTable.Write(console, [new("id"), new("title")], [["a-long-rule-id", "T"], ["b", "Second"]]);

        Assert.Equal(
            ["id              title", "a-long-rule-id  T", "b               Second", ""],
            output.ToString().ReplaceLineEndings("\n").Split('\n'));
    }

    [Fact]
    public void Write_NarrowTerminal_FitsTheWidthWrappingTitlesOnWordsAndKeepingIdsWhole()
    {
        // Arrange
        var output = new StringWriter();
        var console = new CliConsole(output, new StringWriter(), isTerminal: true, width: 100);
        var id = "plan-b-sign-without-ratification";
        var title = "Help the parties sign without ratifying while the constitution blocks ratification";
        var at = "rules/options/settlement.rules.yaml:3";

        // Act
        TextTable.Write(console, RuleColumns, [[id, "option", title, at]]);

        // Assert
        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= 100, $"{l.Length}: {l}"));
        Assert.Contains(lines, l => l.Contains(id, StringComparison.Ordinal));
        var titleWords = string.Join(' ', lines.Skip(3).Select(l => l.Split('│')).Where(c => c.Length > 3).Select(c => c[3].Trim()).Where(c => c.Length > 0));
        Assert.Equal(title, titleWords);
        Assert.Contains(lines, l => l.Contains("settlement.rules.yaml:3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rules/options/settlement.rules.yaml:24", 16, true, "…t.rules.yaml:24")]
    [InlineData("RAND Europe (published courtesy of RAND)", 12, false, "RAND Europe…")]
    public void Fit_TooLong_CutWithAnEllipsis(string text, int width, bool keepEnd, string expected)
    {
        var line = Assert.Single(TableLayout.Fit(text, width, keepEnd ? CellFit.TruncateStart : CellFit.Truncate));

        Assert.Equal(expected, line);
        Assert.True(line.Length <= width);
    }

    [Fact]
    public void Fit_Wrap_BreaksOnlyBetweenWords()
    {
        Assert.Equal(["Sign now and", "ratify later"], TableLayout.Fit("Sign now and ratify later", 12, CellFit.Wrap));
    }

    [Fact]
    public void RulesList_FormatJson_GivesEveryValueWhole()
    {
        var run = CliHarness.Run("rules", "list", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var first = json.RootElement.GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Number, first.GetProperty("priority").ValueKind);
        Assert.EndsWith(".rules.yaml:" + first.GetProperty("at").GetString()!.Split(':')[^1], first.GetProperty("at").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesList_TerminalOfHundredColumns_NoLineWiderAndNoParagraphInACell()
    {
        var output = new StringWriter();
        var console = new CliConsole(output, new StringWriter(), isTerminal: true, width: 100);
        var rows = new[] { new[] { "dunbar-2026", "RAND Europe (published courtesy of RAND), a long publisher line that goes on", "William Dunbar", "early 2026", "A title that is really a paragraph of text with many words in it", "37" } };

        TextTable.Write(console, [new("id"), new("publisher", CellFit.Truncate), new("author", CellFit.Truncate), new("date", CellFit.Truncate), new("title", CellFit.Truncate), new("claims", IsNumber: true)], rows);

        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.All(lines, l => Assert.True(l.Length <= 100, l));
        Assert.Contains("…", lines[3], StringComparison.Ordinal);
    }
}
