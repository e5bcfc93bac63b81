using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Diagnostics.Mutation;

/// <summary>Caret placement, summary counts, the bag's ordering and the did-you-mean distance limit, exactly.</summary>
public sealed class DiagnosticRenderingTests
{
    private static Diagnostic At(string file, int line, int column, DiagnosticSeverity severity = DiagnosticSeverity.Error, string message = "m") =>
        new(severity, "PA0001", message, file, line, column);

    [Fact]
    public void FormatText_TabsBeforeColumn_KeptSoTheCaretLinesUp()
    {
        // Arrange
        IReadOnlyList<string> source = ["\tkey:\tvalue"];

        // Act
        var text = DiagnosticFormatter.FormatText([At("f", 1, 6)], _ => source);

        // Assert
        Assert.Equal("f(1,6): error PA0001: m\n  \tkey:\tvalue\n  \t    ^\n1 error(s), 0 warning(s)\n", text);
    }

    [Fact]
    public void FormatText_ColumnPastLineEnd_PadsWithSpaces()
    {
        // Arrange
        IReadOnlyList<string> source = ["ab"];

        // Act
        var text = DiagnosticFormatter.FormatText([At("f", 1, 5)], _ => source);

        // Assert
        Assert.Equal("f(1,5): error PA0001: m\n  ab\n      ^\n1 error(s), 0 warning(s)\n", text);
    }

    [Fact]
    public void FormatText_ColumnOne_CaretAtLineStart()
    {
        // Arrange
        IReadOnlyList<string> source = ["abc"];

        // Act
        var text = DiagnosticFormatter.FormatText([At("f", 1, 1)], _ => source);

        // Assert
        Assert.Equal("f(1,1): error PA0001: m\n  abc\n  ^\n1 error(s), 0 warning(s)\n", text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void FormatText_LineOutsideTheFile_NoExcerpt(int line)
    {
        // Arrange
        IReadOnlyList<string> source = ["one", "two"];

        // Act
        var text = DiagnosticFormatter.FormatText([At("f", line, 1)], _ => source);

        // Assert
        Assert.DoesNotContain("one", text, StringComparison.Ordinal);
        Assert.DoesNotContain("two", text, StringComparison.Ordinal);
        Assert.EndsWith("1 error(s), 0 warning(s)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatText_LastLineOfFile_Excerpted()
    {
        // Arrange
        IReadOnlyList<string> source = ["one", "two"];

        // Act
        var text = DiagnosticFormatter.FormatText([At("f", 2, 2)], _ => source);

        // Assert
        Assert.Contains("\n  two\n   ^\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatText_TwoDiagnosticsInOneFile_ReadsTheFileOnceAndCountsBothKinds()
    {
        // Arrange
        var reads = 0;
        IReadOnlyList<string> source = ["x"];

        // Act
        var text = DiagnosticFormatter.FormatText(
            [At("f", 1, 1), At("f", 1, 1, DiagnosticSeverity.Warning), At("g", 1, 1, DiagnosticSeverity.Warning)],
            file =>
            {
                reads++;
                return file == "f" ? source : null;
            });

        // Assert
        Assert.Equal(2, reads);
        Assert.EndsWith("1 error(s), 2 warning(s)\n", text, StringComparison.Ordinal);
        Assert.Contains("f(1,1): warning PA0001: m\n  x\n  ^\n", text, StringComparison.Ordinal);
        Assert.Contains("g(1,1): warning PA0001: m\n1 error(s)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatText_DefaultReader_ReadsTheFileFromDisk()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), "pa-mut-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, "first\nsecond: x\n");
        try
        {
            // Act
            var text = DiagnosticFormatter.FormatText([At(path, 2, 9)]);
            var missing = DiagnosticFormatter.FormatText([At(path + ".none", 2, 9)]);

            // Assert
            Assert.Contains("\n  second: x\n          ^\n", text, StringComparison.Ordinal);
            Assert.Equal($"{path}.none(2,9): error PA0001: m\n1 error(s), 0 warning(s)\n", missing);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FormatText_FileHeldOpenByAnotherHandle_PrintedWithoutTheExcerpt()
    {
        // Arrange
        using var locked = new LockedFile("first\n");

        // Act
        var text = DiagnosticFormatter.FormatText([At(locked.Path, 1, 1)]);

        // Assert
        Assert.Equal($"{locked.Path}(1,1): error PA0001: m\n1 error(s), 0 warning(s)\n", text);
    }

    [Fact]
    public void FormatJson_Empty_ZeroCountsAndEmptyList()
    {
        // Arrange, Act
        var json = DiagnosticFormatter.FormatJson([]);

        // Assert
        Assert.Equal("{\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"diagnostics\": []\n}\n", json);
    }

    [Fact]
    public void FormatJson_NonAsciiAndQuotes_WrittenReadably()
    {
        // Arrange, Act
        var json = DiagnosticFormatter.FormatJson([At("f", 1, 2, DiagnosticSeverity.Warning, "unknown 'Ərazi' <x>")]);

        // Assert
        Assert.Contains("\"message\": \"unknown 'Ərazi' <x>\"", json, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"warning\"", json, StringComparison.Ordinal);
        Assert.Contains("\"errors\": 0,\n  \"warnings\": 1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatters_NullList_ThrowArgumentNull()
    {
        // Arrange, Act and Assert
        Assert.Throws<ArgumentNullException>("diagnostics", () => DiagnosticFormatter.FormatText(null!));
        Assert.Throws<ArgumentNullException>("diagnostics", () => DiagnosticFormatter.FormatJson(null!));
    }

    [Fact]
    public void Sorted_MixedFilesLinesColumns_OrdinalThenNumericThenArrival()
    {
        // Arrange
        var bag = new DiagnosticBag();
        bag.Error("E", "1", "b", 1, 1);
        bag.Warning("W", "2", "a", 2, 1);
        bag.Error("E", "3", "a", 1, 5);
        bag.Error("E", "4", "a", 1, 2);
        bag.Error("E", "5", "B", 9, 9);
        bag.Error("E", "6", "a", 1, 2);

        // Act
        var sorted = bag.Sorted();

        // Assert
        Assert.Equal(["5", "4", "6", "3", "2", "1"], sorted.Select(d => d.Message));
        Assert.Equal(["1", "2", "3", "4", "5", "6"], bag.Items.Select(d => d.Message));
    }

    [Fact]
    public void Bag_Counts_OnlyErrorsCountAsErrors()
    {
        // Arrange
        var bag = new DiagnosticBag();
        var node = new YamlScalar("f", 4, 7, "v", isPlain: true, isQuoted: false);

        // Act
        bag.Warning("W", "w", node);
        var afterWarning = (bag.HasErrors, bag.ErrorCount);
        bag.Error("E", "e", node);
        bag.AddRange([At("g", 1, 1), At("g", 1, 1, DiagnosticSeverity.Warning)]);

        // Assert
        Assert.Equal((false, 0), afterWarning);
        Assert.Equal((true, 2, 4), (bag.HasErrors, bag.ErrorCount, bag.Items.Count));
        Assert.Equal("f(4,7): warning W: w", bag.Items[0].ToString());
        Assert.Equal("f(4,7): error E: e", bag.Items[1].ToString());
    }

    [Theory]
    [InlineData("statsu", "status")]
    [InlineData("STATUS", "status")]
    [InlineData("descriptoin", "description")]
    [InlineData("ab", "id")]
    public void Closest_WithinLimit_Suggested(string given, string expected)
    {
        // Arrange, Act and Assert
        Assert.Equal(expected, Suggest.Closest(given, ["status", "description", "id"]));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("xxxxxxxxxxx")]
    public void Closest_BeyondLimit_NoSuggestion(string given)
    {
        // Arrange, Act and Assert
        Assert.Null(Suggest.Closest(given, ["status", "description", "id"]));
        Assert.Equal(string.Empty, Suggest.DidYouMean(given, ["status", "description", "id"]));
    }

    [Fact]
    public void Closest_NineLetters_AllowsExactlyThreeEdits()
    {
        // Arrange: a third of nine is three.
        string[] candidates = ["abcdefghi"];

        // Act and Assert
        Assert.Equal("abcdefghi", Suggest.Closest("xyzdefghi", candidates));
        Assert.Null(Suggest.Closest("xyzwefghi", candidates));
    }

    [Fact]
    public void Closest_Tie_FirstInOrdinalOrder()
    {
        // Arrange, Act and Assert
        Assert.Equal("bat", Suggest.Closest("cat", ["rat", "bat", "bat"]));
        Assert.Equal(" (did you mean 'bat'?)", Suggest.DidYouMean("cat", ["rat", "bat"]));
    }

    [Fact]
    public void Closest_Insertions_CountedOneEach()
    {
        // Arrange, Act and Assert
        Assert.Equal("abcdef", Suggest.Closest("abef", ["abcdef"]));
        Assert.Null(Suggest.Closest("af", ["abcdef"]));
        Assert.Equal("kitten", Suggest.Closest("kiten", ["kitten", "mitten!!!"]));
    }

    [Fact]
    public void Closest_NullArguments_Throw()
    {
        // Arrange, Act and Assert
        Assert.Throws<ArgumentNullException>("given", () => Suggest.Closest(null!, []));
        Assert.Throws<ArgumentNullException>("candidates", () => Suggest.Closest("a", null!));
    }
}
