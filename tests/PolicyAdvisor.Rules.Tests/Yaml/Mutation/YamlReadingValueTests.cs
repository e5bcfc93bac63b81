namespace PolicyAdvisor.Rules.Tests.Yaml.Mutation;

/// <summary>The typed readers: accepted spellings, refused values with exact messages and positions, absent keys.</summary>
public sealed class YamlReadingValueTests
{
    private static YamlMapping Map(string text) => (YamlMapping)GuardedYamlReader.ReadText(text, "f.yaml", new DiagnosticBag())!;

    private static YamlScalar Value(string text) => (YamlScalar)Map("v: " + text)["v"]!;

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    public void ToBool_AcceptedSpellings_Parsed(string text, bool expected)
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var value = YamlReading.ToBool(Value(text), bag);

        // Assert
        Assert.Equal(expected, value);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void ToBool_Yes_RefusedAtTheValue()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var value = YamlReading.ToBool(Value("yes"), bag);

        // Assert
        Assert.Null(value);
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.BadValue, "expected true or false, found 'yes'", 1, 4), (error.Code, error.Message, error.Line, error.Column));
    }

    [Theory]
    [InlineData("-3", -3)]
    [InlineData("+7", 7)]
    [InlineData("0", 0)]
    public void ToInt_SignedWholeNumbers_Parsed(string text, int expected)
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act and Assert
        Assert.Equal(expected, YamlReading.ToInt(Value(text), bag));
        Assert.Empty(bag.Items);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1,000")]
    [InlineData(" 1")]
    public void ToInt_NotAWholeNumber_Refused(string text)
    {
        // Arrange
        var bag = new DiagnosticBag();
        var scalar = new YamlScalar("f.yaml", 2, 5, text, isPlain: true, isQuoted: false);

        // Act
        var value = YamlReading.ToInt(scalar, bag);

        // Assert
        Assert.Null(value);
        Assert.Equal($"expected a whole number, found '{text}'", Assert.Single(bag.Items).Message);
    }

    [Theory]
    [InlineData("0.25", 0.25)]
    [InlineData("-1e3", -1000)]
    [InlineData("3", 3)]
    public void ToNumber_FiniteNumbers_Parsed(string text, double expected)
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act and Assert
        Assert.Equal(expected, YamlReading.ToNumber(Value(text), bag));
        Assert.Empty(bag.Items);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e999")]
    [InlineData("many")]
    public void ToNumber_NotAFiniteNumber_Refused(string text)
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var value = YamlReading.ToNumber(Value(text), bag);

        // Assert
        Assert.Null(value);
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.BadValue, $"expected a number, found '{text}'", 1, 4), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ToDate_IsoDate_ParsedAsDateOnly()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var value = YamlReading.ToDate(Value("2026-02-15"), bag);

        // Assert
        Assert.Equal(new DateTime(2026, 2, 15, 0, 0, 0, DateTimeKind.Unspecified), value);
        Assert.Empty(bag.Items);
    }

    [Theory]
    [InlineData("15/02/2026")]
    [InlineData("2026-2-15")]
    [InlineData("2026-02-30")]
    public void ToDate_OtherSpellings_Refused(string text)
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var value = YamlReading.ToDate(Value(text), bag);

        // Assert
        Assert.Null(value);
        Assert.Equal((DiagnosticCodes.BadValue, $"expected a date written yyyy-mm-dd, found '{text}'"), (bag.Items[0].Code, bag.Items[0].Message));
    }

    [Fact]
    public void TypedReaders_AbsentKey_NullWithoutDiagnostics()
    {
        // Arrange
        var bag = new DiagnosticBag();
        var map = Map("other: 1");

        // Act and Assert
        Assert.Null(map.Int("n", bag));
        Assert.Null(map.Bool("b", bag));
        Assert.Null(map.String("s", bag));
        Assert.Null(map.Scalar("s", bag));
        Assert.Null(map.Choice("c", bag, ["a"]));
        Assert.Empty(map.ScalarList("l", bag));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void TypedReaders_PresentKeys_ReadTheirValues()
    {
        // Arrange
        var bag = new DiagnosticBag();
        var map = Map("n: 4\nb: false\ns: text\nc: risk\nl: [x, y]\nnil: ~\n");

        // Act and Assert
        Assert.Equal(4, map.Int("n", bag));
        Assert.False(map.Bool("b", bag));
        Assert.Equal("text", map.String("s", bag));
        Assert.Equal("risk", map.Choice("c", bag, ["option", "risk"]));
        Assert.Equal(["x", "y"], map.ScalarList("l", bag).Select(s => s.Value));
        Assert.Null(map.String("nil", bag));
        Assert.Empty(map.ScalarList("nil", bag));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Bool_WrongValue_Reported()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var value = Map("b: maybe").Bool("b", bag);

        // Assert
        Assert.Null(value);
        Assert.Equal("expected true or false, found 'maybe'", Assert.Single(bag.Items).Message);
    }

    [Fact]
    public void Scalar_MappingValue_ReportsWrongShapeWithKey()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var value = Map("s:\n  k: v\n").String("s", bag);

        // Assert
        Assert.Null(value);
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.WrongShape, "'s' must be a single value, not a mapping", 2, 3), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ScalarList_MappingValue_ReportsWrongShape()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var list = Map("l:\n  k: v\n").ScalarList("l", bag);

        // Assert
        Assert.Empty(list);
        Assert.Equal((DiagnosticCodes.WrongShape, "'l' must be a list of values, not a mapping"), (bag.Items[0].Code, bag.Items[0].Message));
    }

    [Fact]
    public void ScalarList_NestedListItem_ReportedAndSkipped()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var list = Map("l: [a, [b], c]").ScalarList("l", bag);

        // Assert
        Assert.Equal(["a", "c"], list.Select(s => s.Value));
        Assert.Equal("an item of 'l' must be a single value, not a list", Assert.Single(bag.Items).Message);
    }

    [Fact]
    public void AsShape_WrongNode_NamesExpectedAndActualShapes()
    {
        // Arrange
        var bag = new DiagnosticBag();
        var map = Map("m: x\nl: [1]\ns: {a: b}\n");

        // Act
        var asMapping = map["m"].AsMapping(bag, "'m'");
        var asSequence = map["s"].AsSequence(bag, "'s'");
        var asScalar = map["l"].AsScalar(bag, "'l'");
        var absent = map["zzz"].AsMapping(bag, "'zzz'");

        // Assert
        Assert.Null(asMapping);
        Assert.Null(asSequence);
        Assert.Null(asScalar);
        Assert.Null(absent);
        Assert.Equal(
            ["'m' must be a mapping (key: value lines), not a value", "'s' must be a list, not a mapping", "'l' must be a single value, not a list"],
            bag.Items.Select(d => d.Message));
    }

    [Fact]
    public void AsShape_RightNode_ReturnsIt()
    {
        // Arrange
        var bag = new DiagnosticBag();
        var map = Map("l: [1]\ns: {a: b}\n");

        // Act and Assert
        Assert.Same(map["l"], map["l"].AsSequence(bag, "l"));
        Assert.Same(map["s"], map["s"].AsMapping(bag, "s"));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void CheckKeys_AllKnownAndPresent_ReturnsTrue()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var ok = Map("id: x\nthen: y\n").CheckKeys(bag, "a rule", ["id", "when", "then"], ["id", "then"]);

        // Assert
        Assert.True(ok);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void CheckKeys_UnknownAndMissing_ReportsEveryProblemInOrder()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var ok = Map("zzzzzz: 1\nqqqqqq: 2\n").CheckKeys(bag, "a rule", ["id", "then"], ["id", "then"]);

        // Assert
        Assert.False(ok);
        Assert.Equal(
            ["unknown key 'zzzzzz' in a rule", "unknown key 'qqqqqq' in a rule", "a rule is missing required key 'id'", "a rule is missing required key 'then'"],
            bag.Items.Select(d => d.Message));
    }

    [Fact]
    public void CheckKeys_OnlyMissingRequired_ReturnsFalse()
    {
        // Arrange
        var bag = new DiagnosticBag();

        // Act
        var ok = Map("id: x\n").CheckKeys(bag, "a rule", ["id", "then"], ["then"]);

        // Assert
        Assert.False(ok);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("~", true)]
    [InlineData("null", true)]
    [InlineData("Null", true)]
    [InlineData("NULL", true)]
    [InlineData("nil", false)]
    [InlineData("'~'", false)]
    public void IsNull_YamlNullSpellings_OnlyWhenPlain(string text, bool expected)
    {
        // Arrange, Act and Assert
        Assert.Equal(expected, Value(text).IsNull);
    }

    [Fact]
    public void Describe_EachNodeKind_NamesItsShape()
    {
        // Arrange
        var map = Map("s: x\nl: [1]\n");

        // Act and Assert
        Assert.Equal(("a mapping", "a list", "a value"), (map.Describe(), map["l"]!.Describe(), map["s"]!.Describe()));
        Assert.True(map.Has("s"));
        Assert.False(map.Has("x"));
        Assert.Null(map.KeyNode("x"));
    }
}
