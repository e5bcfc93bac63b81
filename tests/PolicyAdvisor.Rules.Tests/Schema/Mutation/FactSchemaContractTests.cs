using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Schema.Mutation;

/// <summary>
/// The schema's contract with its callers: the exceptions (type, message, argument) of every misuse, and how a
/// YAML value is converted for each field kind, with the exact diagnostics of the values that do not fit.
/// </summary>
public sealed class FactSchemaContractTests
{
    private readonly FactSchema _schema = new ExpressionHarness().Schema;

    private static YamlNode Node(string yaml) => ((YamlMapping)GuardedYamlReader.ReadText("v: " + yaml + "\n", "f.yaml", new DiagnosticBag())!)["v"]!;

    private FieldSpec Field(string name) => _schema.Find("Agreement")!.Field(name)!;

    private (object? Value, IReadOnlyList<Diagnostic> Diagnostics) Convert(string field, string yaml)
    {
        var bag = new DiagnosticBag();
        return (_schema.ConvertValue(Field(field), Node(yaml), bag), bag.Items);
    }

    private Diagnostic Refused(string field, string yaml)
    {
        var (value, diagnostics) = Convert(field, yaml);
        Assert.Null(value);
        return Assert.Single(diagnostics);
    }

    [Fact]
    public void CreateFact_Misuse_ThrowsNamingTheArgument()
    {
        // Arrange
        var none = new Dictionary<string, object?>();

        // Act
        var unknownType = Assert.Throws<ArgumentException>("typeName", () => _schema.CreateFact("Nope", "n", none));
        var unknownField = Assert.Throws<ArgumentException>("values", () => _schema.CreateFact("Agreement", "a", new Dictionary<string, object?> { ["colour"] = "red" }));

        // Assert
        Assert.StartsWith("Unknown fact type. Type=Nope", unknownType.Message, StringComparison.Ordinal);
        Assert.StartsWith("Fact type has no such field. Type=Agreement Field=colour", unknownField.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("id", () => _schema.CreateFact("Agreement", null!, none));
        Assert.Throws<ArgumentException>("id", () => _schema.CreateFact("Agreement", string.Empty, none));
        Assert.Throws<ArgumentNullException>("values", () => _schema.CreateFact("Agreement", "a", null!));
        Assert.Throws<ArgumentNullException>("declared", () => new FactSchema(null!));
    }

    [Fact]
    public void FieldAccess_IdAndUnknownField_IdReadAndUnknownRefused()
    {
        // Arrange
        var fact = _schema.CreateFact("Agreement", "a-1", new Dictionary<string, object?> { ["weight"] = 2 });

        // Act
        var id = _schema.FieldValue(fact, "id");
        var weight = _schema.FieldValue(fact, "weight");
        var read = Assert.Throws<ArgumentException>("field", () => _schema.FieldValue(fact, "colour"));
        var written = Assert.Throws<ArgumentException>("field", () => _schema.WithField(fact, "colour", 1));

        // Assert
        Assert.Equal(("a-1", (object)2.0), (id, weight));
        Assert.StartsWith("Fact type has no such field. Type=Agreement Field=colour", read.Message, StringComparison.Ordinal);
        Assert.StartsWith("Fact type has no such field. Type=Agreement Field=colour", written.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FactLookups_NotAFact_Refused()
    {
        // Arrange
        var fact = _schema.CreateFact("Agreement", "a-1", new Dictionary<string, object?>());

        // Act
        var notFact = Assert.Throws<ArgumentException>("fact", () => _schema.TypeOf("text"));
        var unknown = Assert.Throws<KeyNotFoundException>(() => _schema.RuntimeType("Nope"));

        // Assert
        Assert.Equal((true, false, false), (_schema.IsFact(fact), _schema.IsFact("text"), _schema.IsFact(null)));
        Assert.StartsWith("Not a fact of this schema. ClrType=System.String", notFact.Message, StringComparison.Ordinal);
        Assert.Equal("Unknown fact type. Type=Nope", unknown.Message);
        Assert.Throws<ArgumentNullException>("fact", () => _schema.TypeOf(null!));
    }

    [Fact]
    public void CreateFact_ListWithNullItemOrText_Refused()
    {
        // Arrange
        var withNull = new Dictionary<string, object?> { ["parties"] = new[] { "Armenia", null } };
        var text = new Dictionary<string, object?> { ["parties"] = "Armenia" };

        // Act
        var nullItem = Assert.Throws<ArgumentException>("value", () => _schema.CreateFact("Agreement", "a", withNull));
        var notList = Assert.Throws<ArgumentException>("value", () => _schema.CreateFact("Agreement", "a", text));

        // Assert: the message shows the whole list, not the missing item.
        Assert.StartsWith("Value does not fit the field. Type=Agreement Field=parties Kind=list of string Value=", nullItem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Value=null", nullItem.Message, StringComparison.Ordinal);
        Assert.StartsWith("Value does not fit the field. Type=Agreement Field=parties Kind=list of string Value=", notList.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertValue_NullForTextAndList_EmptyValues()
    {
        // Arrange, Act
        var (text, textDiagnostics) = Convert("subject", "~");
        var (list, listDiagnostics) = Convert("parties", "~");

        // Assert
        Assert.Empty(textDiagnostics.Concat(listDiagnostics));
        Assert.Equal(string.Empty, text);
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<string>>(list));
    }

    [Fact]
    public void ConvertValue_ListOfGoodItems_ListInOrder()
    {
        // Arrange, Act
        var (value, diagnostics) = Convert("parties", "[Armenia, Azerbaijan]");

        // Assert
        Assert.Empty(diagnostics);
        Assert.Equal(["Armenia", "Azerbaijan"], Assert.IsAssignableFrom<IReadOnlyList<string>>(value));
    }

    [Theory]
    [InlineData("weight", "{ a: 1 }", DiagnosticCodes.WrongShape, "field 'weight' (number) must be a single value, not a mapping", 1, 4)]
    [InlineData("weight", "~", DiagnosticCodes.FieldValue, "field 'weight' needs a value (number)", 1, 4)]
    [InlineData("met", "yes", DiagnosticCodes.FieldValue, "field 'met' is bool; 'yes' is not true or false", 1, 4)]
    [InlineData("signed_on", "soon", DiagnosticCodes.FieldValue, "field 'signed_on' is date; 'soon' is not a date written yyyy-mm-dd", 1, 4)]
    [InlineData("parties", "[Armenia, { a: 1 }]", DiagnosticCodes.WrongShape, "an item of field 'parties' (list of string) must be a single value, not a mapping", 1, 14)]
    public void ConvertValue_ValueDoesNotFit_RefusedAtTheValue(string field, string yaml, string code, string message, int line, int column)
    {
        // Arrange, Act
        var error = Refused(field, yaml);

        // Assert
        Assert.Equal((code, message, line, column), (error.Code, error.Message, error.Line, error.Column));
    }
}
