using PolicyAdvisor.Cli.Authoring;
using PolicyAdvisor.Cli.Output;

namespace PolicyAdvisor.Cli.Tests.Authoring;

public sealed class TextTableTests
{
    [Fact]
    public void Write_Terminal_DrawsATableAndKeepsMarkupCharactersLiteral()
    {
        var output = new StringWriter();
        var console = new CliConsole(output, new StringWriter(), isTerminal: true);

        TextTable.Write(console, ["id", "title"], [["a-rule", "Uses [brackets]"]]);

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

        TextTable.Write(console, ["id", "title"], [["a-long-rule-id", "T"], ["b", "Second"]]);

        Assert.Equal(
            ["id              title", "a-long-rule-id  T", "b               Second", ""],
            output.ToString().ReplaceLineEndings("\n").Split('\n'));
    }
}
