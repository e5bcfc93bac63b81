using PolicyAdvisor.Rules.Tests.Support;
using static PolicyAdvisor.Rules.Tests.Support.YamlText;

namespace PolicyAdvisor.Rules.Tests.Yaml.Mutation;

/// <summary>
/// The reader's less travelled paths, with exact diagnostics: a file another process holds, a byte-order mark
/// before invalid UTF-8, scanner messages kept whole, the parser failing without a position, and a key nested
/// too deep.
/// </summary>
public sealed class YamlReaderEdgeTests
{
    [Fact]
    public void NewLimits_AreTheDocumentedBounds()
    {
        // Arrange and Act: a fresh instance, since Default is built once, before any one test runs.
        var limits = new YamlLimits();

        // Assert
        Assert.Equal((5L * 1024 * 1024, 64, 100, 1_000_000L, 100_000), (limits.MaxFileBytes, limits.MaxDepth, limits.MaxAliases, limits.MaxExpandedNodes, limits.MaxScalarLength));
    }

    [Fact]
    public void ReadFile_HeldOpenByAnotherHandle_ReportedAsUnreadableForTheWholeFile()
    {
        // Arrange
        using var locked = new LockedFile("a: 1\n");
        var bag = new DiagnosticBag();

        // Act
        var root = GuardedYamlReader.ReadFile(locked.Path, bag);

        // Assert
        Assert.Null(root);
        var error = Assert.Single(bag.Items);
        Assert.Equal(
            (DiagnosticCodes.FileMissing, $"cannot read file: The process cannot access the file '{locked.Path}' because it is being used by another process.", locked.Path, 0, 0),
            (error.Code, error.Message, error.File, error.Line, error.Column));
    }

    [Fact]
    public void ReadBytes_ByteOrderMarkThenInvalidUtf8_ColumnCountsFromAfterTheMark()
    {
        // Arrange: the mark, then "a: " and a byte that is not UTF-8.
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', (byte)':', (byte)' ', 0xFF];
        var bag = new DiagnosticBag();

        // Act
        var root = GuardedYamlReader.ReadBytes(bytes, "f.yaml", bag);

        // Assert
        Assert.Null(root);
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.InvalidUtf8, 1, 4), (error.Code, error.Line, error.Column));
    }

    [Theory]
    [InlineData("a: b: c", "': ' cannot appear inside a plain value: put the value in quotes", 1, 5)]
    [InlineData("a: [1,", "a value is missing here (is something not closed above?)", 2, 1)]
    [InlineData("a: 1\n\tb: 2", "YAML indents with spaces, not tabs", 2, 1)]
    public void ReadText_ScannerError_InOurWordsAtTheParsersPlace(string text, string message, int line, int column)
    {
        // Arrange, Act
        var error = Error(text);

        // Assert
        Assert.Equal((DiagnosticCodes.Syntax, message, line, column), (error.Code, error.Message, error.Line, error.Column));
    }

    [Theory]
    [InlineData("a: \"x", 1, 4, '"')]
    [InlineData("a: 'x\nb: c", 1, 4, '\'')]
    [InlineData("- [\"x, y]\n", 1, 4, '"')]
    public void ReadText_UnclosedQuote_ReportedWhereItOpens(string text, int line, int column, char quote)
    {
        // Arrange, Act
        var error = Error(text);

        // Assert
        Assert.Equal((DiagnosticCodes.UnclosedQuote, line, column), (error.Code, error.Line, error.Column));
        Assert.Contains($"add the closing {quote}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_UnclosedQuoteFarAboveTheParsersError_ReportedAtItsOwnLine()
    {
        // Arrange: the quote opened on line 3 swallows lines until the next quote, and the parser fails far below.
        var lines = new List<string> { "rules:", "  - id: a", "    because: \"never closed", "    sources: [x]" };
        for (var i = 0; i < 20; i++)
        {
            lines.Add($"  - id: r{i}");
            lines.Add($"    because: \"closed {i}\"");
        }

        // Act
        var error = Error(string.Join("\n", lines));

        // Assert
        Assert.Equal((DiagnosticCodes.UnclosedQuote, 3, 14), (error.Code, error.Line, error.Column));
        Assert.Equal("the value in double quotes that starts here is not closed on its line: add the closing \"", error.Message);
    }

    [Fact]
    public void ReadText_ParserMessageWeHaveNoWordsFor_KeptWholeInside()
    {
        // Arrange, Act
        var error = Error("%YAML 1.1\n%YAML 1.1\n---\na: 1");

        // Assert
        Assert.Equal(DiagnosticCodes.Syntax, error.Code);
        Assert.StartsWith("not valid YAML here (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_ParserFailsWithoutPosition_SyntaxErrorAfterTheLastGoodEvent()
    {
        // Arrange, Act: the unclosed list makes the parser throw an exception that carries no position.
        var error = Error("a: [1, 2\nb: c\n");

        // Assert
        Assert.Equal((DiagnosticCodes.Syntax, "YAML syntax error after this point", 1, 6), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ReadText_KeyNestedPastMaxDepth_OnlyTheDepthErrorAtTheInnerList()
    {
        // Arrange, Act: the key is one level below its mapping, and its inner list one more.
        var error = Error("? [[x]]\n: 1\n", new YamlLimits { MaxDepth = 2 });

        // Assert
        Assert.Equal((DiagnosticCodes.TooDeep, "nesting is deeper than 2 levels", 1, 4), (error.Code, error.Message, error.Line, error.Column));
    }
}
