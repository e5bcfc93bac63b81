using System.Text;
using static PolicyAdvisor.Rules.Tests.Support.YamlText;

namespace PolicyAdvisor.Rules.Tests.Yaml;

public sealed class GuardedYamlReaderTests
{
    [Fact]
    public void ReadText_Mapping_KeepsPositionsOfEveryNode()
    {
        var (root, diagnostics) = Read("a: 1\nb:\n  - 'x'\n  - { c: d }\n");

        Assert.Empty(diagnostics);
        var map = Assert.IsType<YamlMapping>(root);
        var list = Assert.IsType<YamlSequence>(map["b"]);
        var quoted = Assert.IsType<YamlScalar>(list.Items[0]);
        Assert.Equal(("x", 3, 5, true), (quoted.Value, quoted.Line, quoted.Column, quoted.IsQuoted));
        var inner = Assert.IsType<YamlMapping>(list.Items[1]);
        Assert.Equal((4, 5), (inner.Line, inner.Column));
        Assert.Equal((4, 7), (inner.KeyNode("c")!.Line, inner.KeyNode("c")!.Column));
    }

    [Fact]
    public void ReadBytes_BomAndCrlf_ReadLikePlainUtf8()
    {
        var bag = new DiagnosticBag();
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a: 1\r\nb: 2\r\n")];

        var root = Assert.IsType<YamlMapping>(GuardedYamlReader.ReadBytes(bytes, "f.yaml", bag));

        Assert.Empty(bag.Items);
        Assert.Equal(("2", 2, 4), (((YamlScalar)root["b"]!).Value, root["b"]!.Line, root["b"]!.Column));
    }

    [Fact]
    public void ReadBytes_InvalidUtf8_PositionedError()
    {
        var bag = new DiagnosticBag();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("a: 1\nb: x"), 0xC3, 0x28];

        Assert.Null(GuardedYamlReader.ReadBytes(bytes, "f.yaml", bag));

        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.InvalidUtf8, "the file is not valid UTF-8 here; save it as UTF-8", 2, 5), (error.Code, error.Message, error.Line, error.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("# only a comment\n")]
    public void ReadText_Empty_ClearError(string text)
    {
        var error = Error(text);

        Assert.Equal(DiagnosticCodes.EmptyFile, error.Code);
        Assert.StartsWith("the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_SyntaxError_PositionedWithoutYamlDotNetPrefix()
    {
        var error = Error("a: [1, 2\nb: c\n");

        Assert.Equal(DiagnosticCodes.Syntax, error.Code);
        Assert.DoesNotContain("Line:", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 1);
    }

    [Fact]
    public void ReadText_BadIndentation_SyntaxErrorAtTheLine()
    {
        var error = Error("a:\n  b: 1\n c: 2\n");

        Assert.Equal((DiagnosticCodes.Syntax, 3), (error.Code, error.Line));
    }

    [Fact]
    public void ReadText_DuplicateKey_ReportedAtTheSecondKey()
    {
        var error = Error("a: 1\na: 2\n");

        Assert.Equal((DiagnosticCodes.DuplicateKey, "duplicate key 'a'", 2, 1), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ReadText_NestingBeyondLimit_Refused()
    {
        var text = new string('[', 70) + new string(']', 70);

        var error = Error(text);

        Assert.Equal((DiagnosticCodes.TooDeep, "nesting is deeper than 64 levels", 1, 65), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ReadText_BillionLaughs_RefusedWithoutExpanding()
    {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        var error = Error(text.ToString());

        Assert.Equal(DiagnosticCodes.TooLarge, error.Code);
        Assert.Equal("aliases expand this node beyond 1000000 nodes", error.Message);
    }

    [Fact]
    public void ReadText_TooManyAliases_Refused()
    {
        var text = "a: &a x\nb: [" + string.Join(", ", Enumerable.Repeat("*a", 101)) + "]\n";

        var error = Error(text);

        Assert.Equal((DiagnosticCodes.TooLarge, "more than 100 aliases in one file"), (error.Code, error.Message));
    }

    [Fact]
    public void ReadText_AliasWithinLimits_SharesTheAnchoredNode()
    {
        var (root, diagnostics) = Read("a: &x { k: v }\nb: *x\n");

        Assert.Empty(diagnostics);
        var map = (YamlMapping)root!;
        Assert.Same(map["a"], map["b"]);
    }

    [Fact]
    public void ReadText_LongScalar_Refused()
    {
        var error = Error("a: " + new string('x', 50), new YamlLimits { MaxScalarLength = 10 });

        Assert.Equal((DiagnosticCodes.TooLarge, "value is 50 characters long; the limit is 10", 1, 4), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ReadBytes_FileBeyondLimit_Refused()
    {
        var bag = new DiagnosticBag();

        GuardedYamlReader.ReadBytes(new byte[100], "f.yaml", bag, new YamlLimits { MaxFileBytes = 10 });

        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void ReadText_TwoDocuments_Refused()
    {
        var error = Error("a: 1\n---\nb: 2\n");

        Assert.Equal((DiagnosticCodes.Unsupported, "only one YAML document per file is allowed", 2), (error.Code, error.Message, error.Line));
    }

    [Fact]
    public void ReadFile_Missing_ReportedNotThrown()
    {
        var bag = new DiagnosticBag();

        Assert.Null(GuardedYamlReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-file-pa.yaml"), bag));

        Assert.Equal(DiagnosticCodes.FileMissing, Assert.Single(bag.Items).Code);
    }
}
