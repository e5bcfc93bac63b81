using System.Text;
using static PolicyAdvisor.Rules.Tests.Support.YamlText;

namespace PolicyAdvisor.Rules.Tests.Yaml.Mutation;

/// <summary>Every <see cref="YamlLimits"/> bound exactly at and one past its value, with the exact diagnostic.</summary>
public sealed class YamlLimitBoundaryTests
{
    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    [Fact]
    public void Defaults_AreTheDocumentedBounds()
    {
        // Arrange and Act
        var limits = YamlLimits.Default;

        // Assert
        Assert.Equal((5L * 1024 * 1024, 64, 100, 1_000_000L, 100_000), (limits.MaxFileBytes, limits.MaxDepth, limits.MaxAliases, limits.MaxExpandedNodes, limits.MaxScalarLength));
    }

    [Fact]
    public void ReadText_NestedExactlyMaxDepth_Accepted()
    {
        // Arrange, Act
        var (root, diagnostics) = Read(Nested(64));

        // Assert
        Assert.Empty(diagnostics);
        Assert.IsType<YamlSequence>(root);
    }

    [Fact]
    public void ReadText_NestedOnePastMaxDepth_RefusedAtTheDeepestBracket()
    {
        // Arrange, Act
        var error = Error(Nested(4), new YamlLimits { MaxDepth = 3 });

        // Assert
        Assert.Equal((DiagnosticCodes.TooDeep, "nesting is deeper than 3 levels", 1, 4), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ReadText_MappingsNestedPastMaxDepth_Refused()
    {
        // Arrange, Act
        var error = Error("a:\n  b:\n    c: 1\n", new YamlLimits { MaxDepth = 2 });

        // Assert
        Assert.Equal((DiagnosticCodes.TooDeep, "nesting is deeper than 2 levels", 3, 5), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ReadText_ExactlyMaxAliases_Accepted()
    {
        // Arrange
        var text = "a: &a x\nb: [" + string.Join(", ", Enumerable.Repeat("*a", 3)) + "]\n";

        // Act
        var (root, diagnostics) = Read(text, new YamlLimits { MaxAliases = 3 });

        // Assert
        Assert.Empty(diagnostics);
        Assert.Equal(3, Assert.IsType<YamlSequence>(((YamlMapping)root!)["b"]).Items.Count);
    }

    [Fact]
    public void ReadText_OnePastMaxAliases_RefusedAtTheAlias()
    {
        // Arrange
        var text = "a: &a x\nb: [*a, *a, *a, *a]\n";

        // Act
        var error = Error(text, new YamlLimits { MaxAliases = 3 });

        // Assert
        Assert.Equal((DiagnosticCodes.TooLarge, "more than 3 aliases in one file", 2, 17), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ReadText_ExpansionExactlyAtLimit_Accepted()
    {
        // Arrange: the list node counts 1 plus its three items.
        var (root, diagnostics) = Read("[a, b, c]", new YamlLimits { MaxExpandedNodes = 4 });

        // Assert
        Assert.Empty(diagnostics);
        Assert.NotNull(root);
    }

    [Fact]
    public void ReadText_ExpansionOnePastLimit_RefusedAtTheList()
    {
        // Arrange, Act
        var error = Error("[a, b, c, d]", new YamlLimits { MaxExpandedNodes = 4 });

        // Assert
        Assert.Equal((DiagnosticCodes.TooLarge, "aliases expand this node beyond 4 nodes", 1, 1), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ReadText_AliasOfList_CountsTheWholeListAgain()
    {
        // Arrange: the anchored list is 1 + 3 = 4 nodes; the outer list holds it and two aliases: 1 + 4 + 4 + 4 = 13.
        const string text = "[&a [x, y, z], *a, *a]";

        // Act
        var accepted = Read(text, new YamlLimits { MaxExpandedNodes = 13 });
        var refused = Error(text, new YamlLimits { MaxExpandedNodes = 12 });

        // Assert
        Assert.Empty(accepted.Diagnostics);
        Assert.Equal((DiagnosticCodes.TooLarge, "aliases expand this node beyond 12 nodes", 1, 1), (refused.Code, refused.Message, refused.Line, refused.Column));
    }

    [Fact]
    public void ReadText_MappingExpansionOnePastLimit_Refused()
    {
        // Arrange, Act
        var error = Error("a: 1\nb: 2\nc: 3\n", new YamlLimits { MaxExpandedNodes = 3 });

        // Assert
        Assert.Equal((DiagnosticCodes.TooLarge, "aliases expand this node beyond 3 nodes", 1, 1), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ReadText_ScalarExactlyMaxLength_Accepted()
    {
        // Arrange, Act
        var (root, diagnostics) = Read("a: " + new string('x', 10), new YamlLimits { MaxScalarLength = 10 });

        // Assert
        Assert.Empty(diagnostics);
        Assert.Equal(new string('x', 10), ((YamlScalar)((YamlMapping)root!)["a"]!).Value);
    }

    [Fact]
    public void ReadText_ScalarOnePastMaxLength_Refused()
    {
        // Arrange, Act
        var error = Error("a: " + new string('x', 11), new YamlLimits { MaxScalarLength = 10 });

        // Assert
        Assert.Equal("value is 11 characters long; the limit is 10", error.Message);
    }

    [Fact]
    public void ReadBytes_ExactlyMaxFileBytes_Accepted()
    {
        // Arrange
        var bag = new DiagnosticBag();
        var bytes = Encoding.UTF8.GetBytes("a: 1234");

        // Act
        var root = GuardedYamlReader.ReadBytes(bytes, "f.yaml", bag, new YamlLimits { MaxFileBytes = bytes.Length });

        // Assert
        Assert.Empty(bag.Items);
        Assert.NotNull(root);
    }

    [Fact]
    public void ReadBytes_OnePastMaxFileBytes_RefusedForTheWholeFile()
    {
        // Arrange
        var bag = new DiagnosticBag();
        var bytes = Encoding.UTF8.GetBytes("a: 12345");

        // Act
        var root = GuardedYamlReader.ReadBytes(bytes, "f.yaml", bag, new YamlLimits { MaxFileBytes = bytes.Length - 1 });

        // Assert
        Assert.Null(root);
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.FileTooLarge, "file is 8 bytes; the limit is 7", "f.yaml", 0, 0), (error.Code, error.Message, error.File, error.Line, error.Column));
    }

    [Fact]
    public void ReadFile_AtAndPastMaxFileBytes_OnlyTheLargerRefused()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), "pa-mut-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, "a: 12345");
        try
        {
            var accepted = new DiagnosticBag();
            var refused = new DiagnosticBag();

            // Act
            var root = GuardedYamlReader.ReadFile(path, accepted, new YamlLimits { MaxFileBytes = 8 });
            var none = GuardedYamlReader.ReadFile(path, refused, new YamlLimits { MaxFileBytes = 7 });

            // Assert
            Assert.Empty(accepted.Items);
            Assert.Equal("12345", ((YamlScalar)((YamlMapping)root!)["a"]!).Value);
            Assert.Null(none);
            var error = Assert.Single(refused.Items);
            Assert.Equal((DiagnosticCodes.FileTooLarge, "file is 8 bytes; the limit is 7", 0, 0), (error.Code, error.Message, error.Line, error.Column));
            Assert.Equal(GuardedYamlReader.DisplayPath(path), error.File);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_Missing_MessageAndWholeFilePosition()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        GuardedYamlReader.ReadFile("no/such/dir/f.yaml", bag);

        // Assert
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.FileMissing, "file not found", "no/such/dir/f.yaml", 0, 0), (error.Code, error.Message, error.File, error.Line, error.Column));
    }

    [Fact]
    public void ReadFile_Directory_ReportedAsNotARegularFile()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var root = GuardedYamlReader.ReadFile(Path.GetTempPath(), bag);

        // Assert
        Assert.Null(root);
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.NotRegularFile, "is a folder, not a regular file; only regular files are read"), (error.Code, error.Message));
    }

    [Fact]
    public void DisplayPath_Backslashes_BecomeForwardSlashes()
    {
        // Arrange, Act and Assert
        Assert.Equal("rules/sub/x.rules.yaml", GuardedYamlReader.DisplayPath("rules\\sub\\x.rules.yaml"));
    }

    [Fact]
    public void ReadBytes_InvalidUtf8OnThirdLine_PositionCountsLinesAndColumns()
    {
        // Arrange
        var bag = new DiagnosticBag();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("a: 1\nb: 2\ncc: xy"), 0xFF];

        // Act
        GuardedYamlReader.ReadBytes(bytes, "f.yaml", bag);

        // Assert
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.InvalidUtf8, 3, 7), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void ReadBytes_InvalidUtf8AtStart_PositionOneOne()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        GuardedYamlReader.ReadBytes([0xFF, 0x41], "f.yaml", bag);

        // Assert
        var error = Assert.Single(bag.Items);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void ReadText_LeadingByteOrderMarkCharacter_Skipped()
    {
        // Arrange, Act
        var (root, diagnostics) = Read("\uFEFFa: 1\n");

        // Assert
        Assert.Empty(diagnostics);
        var key = ((YamlMapping)root!).KeyNode("a")!;
        Assert.Equal((1, 1), (key.Line, key.Column));
    }

    [Theory]
    [InlineData("# only a comment\n", "the file is empty (only comments)")]
    [InlineData("~\n", "the file is empty")]
    [InlineData("null", "the file is empty")]
    public void ReadText_NoContent_EmptyFileForTheWholeFile(string text, string message)
    {
        // Arrange, Act
        var error = Error(text);

        // Assert
        Assert.Equal((DiagnosticCodes.EmptyFile, message, 0, 0), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ReadText_QuotedNull_IsAValueNotAnEmptyFile()
    {
        // Arrange, Act
        var (root, diagnostics) = Read("'null'");

        // Assert
        Assert.Empty(diagnostics);
        var scalar = Assert.IsType<YamlScalar>(root);
        Assert.False(scalar.IsNull);
        Assert.Equal("null", scalar.ToString());
    }

    [Fact]
    public void ReadText_ListAsKey_RefusedAtTheKey()
    {
        // Arrange, Act
        var (root, diagnostics) = Read("ok: 1\n? [a, b]\n: x\n");

        // Assert
        Assert.Null(root);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.Unsupported, "a key must be a plain value, not a list or mapping", 2, 3), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ReadText_TwoDuplicateKeys_ReportsBoth()
    {
        // Arrange, Act
        var (root, diagnostics) = Read("a: 1\nb: 2\na: 3\nb: 4\n");

        // Assert
        Assert.Null(root);
        Assert.Equal(["duplicate key 'a' at 3", "duplicate key 'b' at 4"], diagnostics.Select(d => d.Message + " at " + d.Line));
    }

    [Fact]
    public void ReadText_AliasToUnknownAnchor_Refused()
    {
        // Arrange, Act
        var error = Error("a: *nowhere\n");

        // Assert
        Assert.Equal((DiagnosticCodes.Syntax, "alias '*nowhere' refers to no earlier anchor", 1, 4), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ReadText_ScalarKinds_RecordPlainAndQuoted()
    {
        // Arrange, Act
        var (root, _) = Read("p: x\ns: 'x'\nd: \"x\"\nb: |\n  x\n");
        var map = (YamlMapping)root!;

        // Assert
        var styles = new[] { "p", "s", "d", "b" }.Select(k => (YamlScalar)map[k]!).Select(s => (s.IsPlain, s.IsQuoted)).ToArray();
        Assert.Equal([(true, false), (false, true), (false, true), (false, false)], styles);
    }
}
