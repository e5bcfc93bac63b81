namespace PolicyAdvisor.Rules.Tests.Schema.Mutation;

/// <summary>facts.yaml mistakes not covered elsewhere, each with exact code, message and position, and what a valid type keeps.</summary>
public sealed class SchemaLoaderDiagnosticTests
{
    private static (FactSchema Schema, IReadOnlyList<(string Code, string Message, int Line, int Column)> Diagnostics) Load(string text)
    {
        var bag = new DiagnosticBag();
        var schema = FactSchemaLoader.Load(GuardedYamlReader.ReadText(text, "facts.yaml", bag)!, bag);
        return (schema, [.. bag.Items.Select(d => (d.Code, d.Message, d.Line, d.Column))]);
    }

    [Fact]
    public void Load_TopLevelWithoutTypes_ReportsKeyProblems()
    {
        var (schema, diagnostics) = Load("typs: {}\n");

        Assert.Equal(
        [
            (DiagnosticCodes.UnknownKey, "unknown key 'typs' in facts.yaml (did you mean 'types'?)", 1, 1),
            (DiagnosticCodes.MissingKey, "facts.yaml is missing required key 'types'", 1, 1),
        ], diagnostics);
        Assert.Equal(4, schema.Types.Count);
    }

    [Fact]
    public void Load_TypesAsList_Reported()
    {
        var (_, diagnostics) = Load("types: [Agreement]\n");

        Assert.Equal([(DiagnosticCodes.WrongShape, "'types' must be a mapping (key: value lines), not a list", 1, 8)], diagnostics);
    }

    [Theory]
    [InlineData("agreement")]
    [InlineData("Peace_Deal")]
    [InlineData("9Lives")]
    public void Load_TypeNameNotPascalCase_Refused(string name)
    {
        var (schema, diagnostics) = Load($"types:\n  {name}:\n    description: d\n");

        Assert.Equal([(DiagnosticCodes.BadTypeName, $"fact type name '{name}' must be PascalCase letters and digits, e.g. Agreement", 2, 3)], diagnostics);
        Assert.Null(schema.Find(name));
    }

    [Fact]
    public void Load_TypeBodyNotAMapping_Refused()
    {
        var (_, diagnostics) = Load("types:\n  Deal: yes\n");

        Assert.Equal([(DiagnosticCodes.WrongShape, "fact type 'Deal' must be a mapping (key: value lines), not a value", 2, 9)], diagnostics);
    }

    [Fact]
    public void Load_TypeWithoutDescriptionAndUnknownKey_KeepsTheType()
    {
        var (schema, diagnostics) = Load("types:\n  Deal:\n    derivd: true\n");

        Assert.Equal(
        [
            (DiagnosticCodes.UnknownKey, "unknown key 'derivd' in fact type 'Deal' (did you mean 'derived'?)", 3, 5),
            (DiagnosticCodes.MissingKey, "fact type 'Deal' is missing required key 'description'", 3, 5),
        ], diagnostics);
        var deal = schema.Find("Deal")!;
        Assert.Equal((string.Empty, false, false), (deal.Description, deal.Derived, deal.BuiltIn));
    }

    [Fact]
    public void Load_ValidTypes_KeepNamePositionDerivedAndFieldOrder()
    {
        var (schema, diagnostics) = Load("types:\n  Deal:\n    description: A deal.\n    derived: true\n    fields:\n      b_field: { type: number, description: d }\n      a_field: { type: list, items: enum, values: [x, y], description: d }\n");

        Assert.Empty(diagnostics);
        var deal = schema.Find("Deal")!;
        Assert.Equal(("A deal.", true, "facts.yaml", 2, 3), (deal.Description, deal.Derived, deal.File, deal.Line, deal.Column));
        Assert.Equal(["b_field", "a_field"], deal.Fields.Select(f => f.Name));
        var list = deal.Field("a_field")!;
        Assert.Equal((FieldKind.List, (FieldKind?)FieldKind.Enum, 1), (list.Kind, list.ItemKind, list.Order));
        Assert.Equal(["x", "y"], list.Values);
        Assert.Equal("list of enum", list.KindName);
    }

    [Fact]
    public void Load_DerivedNotBool_ReportedAndTypeKeptUnderived()
    {
        var (schema, diagnostics) = Load("types:\n  Deal:\n    description: d\n    derived: sometimes\n");

        Assert.Equal([(DiagnosticCodes.BadValue, "expected true or false, found 'sometimes'", 4, 14)], diagnostics);
        Assert.False(schema.Find("Deal")!.Derived);
    }

    [Theory]
    [InlineData("Status", "field name 'Status' must be snake_case: a lower-case letter, then letters, digits or _")]
    [InlineData("_x", "field name '_x' must be snake_case: a lower-case letter, then letters, digits or _")]
    [InlineData("count", "field name 'count' is reserved: the expression language reserves it")]
    [InlineData("new", "field name 'new' is reserved: the expression language reserves it")]
    public void Load_BadFieldName_Refused(string name, string message)
    {
        var (schema, diagnostics) = Load($"types:\n  Deal:\n    description: d\n    fields:\n      {name}: {{ type: string, description: d }}\n      ok: {{ type: string, description: d }}\n");

        Assert.Equal([(DiagnosticCodes.BadFieldName, message, 5, 7)], diagnostics);
        Assert.Equal(["ok"], schema.Find("Deal")!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Load_FieldBodyNotAMapping_Refused()
    {
        var (_, diagnostics) = Load("types:\n  Deal:\n    description: d\n    fields:\n      name: string\n");

        Assert.Equal([(DiagnosticCodes.WrongShape, "field 'Deal.name' must be a mapping (key: value lines), not a value", 5, 13)], diagnostics);
    }

    [Fact]
    public void Load_FieldMissingTypeAndDescription_Refused()
    {
        var (schema, diagnostics) = Load("types:\n  Deal:\n    description: d\n    fields:\n      name: { values: [a] }\n");

        Assert.Equal(
        [
            (DiagnosticCodes.MissingKey, "field 'Deal.name' is missing required key 'type'", 5, 13),
            (DiagnosticCodes.MissingKey, "field 'Deal.name' is missing required key 'description'", 5, 13),
        ], diagnostics);
        Assert.Empty(schema.Find("Deal")!.Fields);
    }

    [Fact]
    public void Load_ItemsOnNonList_Refused()
    {
        var (_, diagnostics) = Load("types:\n  Deal:\n    description: d\n    fields:\n      name: { type: string, items: string, description: d }\n");

        Assert.Equal([(DiagnosticCodes.ListItems, "field 'Deal.name': 'items' is only for type list", 5, 29)], diagnostics);
    }

    [Fact]
    public void Load_ListOfLists_Refused()
    {
        var (_, diagnostics) = Load("types:\n  Deal:\n    description: d\n    fields:\n      name: { type: list, items: list, description: d }\n");

        Assert.Equal([(DiagnosticCodes.ListItems, "field 'Deal.name' is a list: give 'items' as one of string, number, bool, date, enum", 5, 27)], diagnostics);
    }

    [Fact]
    public void Load_ValuesOnNonEnum_Refused()
    {
        var (_, diagnostics) = Load("types:\n  Deal:\n    description: d\n    fields:\n      name: { type: string, values: [a], description: d }\n");

        Assert.Equal([(DiagnosticCodes.EnumValues, "field 'Deal.name': 'values' is only for type enum", 5, 29)], diagnostics);
    }

    [Fact]
    public void Load_ListOfEnumWithoutValues_Refused()
    {
        var (_, diagnostics) = Load("types:\n  Deal:\n    description: d\n    fields:\n      tags: { type: list, items: enum, description: d }\n");

        Assert.Equal([(DiagnosticCodes.EnumValues, "field 'Deal.tags' is an enum: list its allowed words under 'values'", 5, 13)], diagnostics);
    }

    [Fact]
    public void Load_UnknownItemKind_SuggestsKnownOne()
    {
        var (_, diagnostics) = Load("types:\n  Deal:\n    description: d\n    fields:\n      tags: { type: list, items: numbr, description: d }\n");

        Assert.Equal(
        [
            (DiagnosticCodes.UnknownFieldKind, "unknown field type 'numbr'; use one of string, number, bool, date, enum, list (did you mean 'number'?)", 5, 34),
            (DiagnosticCodes.ListItems, "field 'Deal.tags' is a list: give 'items' as one of string, number, bool, date, enum", 5, 27),
        ], diagnostics);
    }

    [Theory]
    [InlineData("string", FieldKind.String)]
    [InlineData("number", FieldKind.Number)]
    [InlineData("bool", FieldKind.Bool)]
    [InlineData("date", FieldKind.Date)]
    public void Load_EachScalarKind_Read(string kind, FieldKind expected)
    {
        var (schema, diagnostics) = Load($"types:\n  Deal:\n    description: d\n    fields:\n      f: {{ type: {kind}, description: d }}\n");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, schema.Find("Deal")!.Field("f")!.Kind);
    }

    [Fact]
    public void Load_NullArguments_ThrowNamingTheArgument()
    {
        // Arrange
        var root = GuardedYamlReader.ReadText("types: {}\n", "facts.yaml", new DiagnosticBag())!;

        // Act and Assert
        Assert.Throws<ArgumentNullException>("diagnostics", () => FactSchemaLoader.Load("facts.yaml", null!));
        Assert.Throws<ArgumentNullException>("root", () => FactSchemaLoader.Load((YamlNode)null!, new DiagnosticBag()));
        Assert.Throws<ArgumentNullException>("diagnostics", () => FactSchemaLoader.Load(root, null!));
    }

    [Fact]
    public void Load_MissingFile_OnlyTheBuiltInTypes()
    {
        // Arrange
        var bag = new DiagnosticBag();
        var missing = Path.Combine(Path.GetTempPath(), "pa-missing-" + Guid.NewGuid().ToString("N"), "facts.yaml");

        // Act
        var schema = FactSchemaLoader.Load(missing, bag);

        // Assert
        Assert.Equal(4, schema.Types.Count);
        Assert.Equal((DiagnosticCodes.FileMissing, "file not found"), (Assert.Single(bag.Items).Code, bag.Items[0].Message));
    }

    [Theory]
    [InlineData("- types\n", DiagnosticCodes.WrongShape, "facts.yaml must be a mapping (key: value lines), not a list", 1, 1)]
    [InlineData("types:\n  Deal:\n    description: d\n    fields: [a]\n", DiagnosticCodes.WrongShape, "'fields' must be a mapping (key: value lines), not a list", 4, 13)]
    public void Load_WrongShape_Reported(string text, string code, string message, int line, int column)
    {
        var (_, diagnostics) = Load(text);

        Assert.Equal([(code, message, line, column)], diagnostics);
    }

    [Fact]
    public void Load_FieldDescription_Kept()
    {
        var (schema, diagnostics) = Load("types:\n  Deal:\n    description: d\n    fields:\n      size: { type: number, description: How big. }\n");

        Assert.Empty(diagnostics);
        Assert.Equal("How big.", schema.Find("Deal")!.Field("size")!.Description);
    }
}
