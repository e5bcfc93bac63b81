namespace PolicyAdvisor.Rules.Tests.Schema;

public sealed class FactSchemaTests
{
    private static (FactSchema Schema, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        var bag = new DiagnosticBag();
        var schema = FactSchemaLoader.Load(GuardedYamlReader.ReadText(yaml, "facts.yaml", bag)!, bag);
        return (schema, bag.Items);
    }

    private static FactSchema Good() => Load(Support.ExpressionHarness.SchemaYaml).Schema;

    [Fact]
    public void CreateFact_MissingFields_GetTheirDefaults()
    {
        var schema = Good();

        var fact = schema.CreateFact("Agreement", "a", new Dictionary<string, object?>());

        Assert.Equal(
            [("status", (object?)string.Empty), ("signed_on", DateTime.MinValue), ("parties", new FactList<string>([])), ("weight", 0d), ("met", false), ("subject", string.Empty)],
            schema.FieldsOf(fact));
        Assert.Equal(("Agreement", "a"), (schema.TypeNameOf(fact), schema.IdOf(fact)));
    }

    [Fact]
    public void CreateFact_EnumValueNotInList_Throws()
    {
        var schema = Good();

        var error = Assert.Throws<ArgumentException>(() => schema.CreateFact("Agreement", "a", new Dictionary<string, object?> { ["status"] = "sgined" }));

        Assert.StartsWith("Value does not fit the field. Type=Agreement Field=status", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithField_ChangedCopy_KeepsIdAndLeavesOriginal()
    {
        var schema = Good();
        var original = schema.CreateFact("Agreement", "a", new Dictionary<string, object?> { ["weight"] = 1 });

        var copy = schema.WithField(original, "weight", 2.5);

        Assert.Equal(("a", 2.5, 1d), (schema.IdOf(copy), schema.FieldValue(copy, "weight"), schema.FieldValue(original, "weight")));
    }

    [Fact]
    public void RuntimeType_TwoTypesWithTheSameFields_AreDistinctClasses()
    {
        var (schema, diagnostics) = Load("types:\n  A:\n    description: d\n    fields: { x: { type: string, description: d } }\n  B:\n    description: d\n    fields: { x: { type: string, description: d } }\n");

        Assert.Empty(diagnostics);
        Assert.NotEqual(schema.RuntimeType("A"), schema.RuntimeType("B"));
    }

    [Fact]
    public void RuntimeType_SameDeclarationInTwoSchemas_AreDistinctClasses()
    {
        // Each schema emits its own classes, so a fact of one rule base can never match a pattern of another.
        Assert.NotEqual(Good().RuntimeType("Agreement"), Good().RuntimeType("Agreement"));
    }

    [Fact]
    public void RuntimeType_Generated_IsNamedAfterTheTypeWithOneTypedReadOnlyPropertyPerField()
    {
        var type = Good().RuntimeType("Agreement");

        var properties = type.GetProperties().Select(p => (p.Name, p.PropertyType, p.CanWrite)).ToArray();

        Assert.Equal("Agreement", type.Name);
        Assert.True(type.IsSealed);
        Assert.Equal(
            [("id", typeof(string), false), ("status", typeof(string), false), ("signed_on", typeof(DateTime), false), ("parties", typeof(FactList<string>), false),
             ("weight", typeof(double), false), ("met", typeof(bool), false), ("subject", typeof(string), false)],
            properties);
    }

    [Fact]
    public void RuntimeType_Properties_ReadTheFactsValues()
    {
        var schema = Good();
        var signed = new DateTime(2026, 2, 1);
        var fact = schema.CreateFact("Agreement", "a", new Dictionary<string, object?> { ["signed_on"] = signed, ["weight"] = 2, ["met"] = true });

        object? Read(string name) => fact.GetType().GetProperty(name)!.GetValue(fact);

        Assert.Equal(("a", signed, 2d, true), (Read("id"), Read("signed_on"), Read("weight"), Read("met")));
    }

    [Fact]
    public void RuntimeType_NameTakenOrEmpty_GetsAFallbackClassName()
    {
        // The loader refuses such schemas; a schema built in code with them must still get one class per type.
        static FactTypeSpec Spec(string name) => new(name, "d", false, false, [], "f.yaml", 1, 1);

        var schema = new FactSchema([Spec("Fact"), Spec(""), Spec("Dup"), Spec("Dup")]);

        // By name the later of two duplicates wins, as it always has.
        Assert.Equal(["Fact", "Fact#2", "Dup#2"], new[] { "Fact", "", "Dup" }.Select(n => schema.RuntimeType(n).Name));
    }

    [Fact]
    public void Equals_SameTypeIdAndValues_EqualWithEqualHashes_OtherwiseNot()
    {
        var schema = Good();
        var values = new Dictionary<string, object?> { ["status"] = "signed", ["parties"] = new[] { "Armenia", "Azerbaijan" } };
        var one = schema.CreateFact("Agreement", "a", values);
        var same = schema.CreateFact("Agreement", "a", values);

        Assert.Equal(one, same);
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(one, schema.CreateFact("Agreement", "b", values));
        Assert.NotEqual(one, schema.WithField(one, "status", "initialled"));
        Assert.NotEqual(one, Good().CreateFact("Agreement", "a", values));
    }

    [Fact]
    public void ToString_NamesTypeIdAndEveryFieldInvariantly()
    {
        var schema = Good();
        var fact = schema.CreateFact("Agreement", "a", new Dictionary<string, object?>
        {
            ["status"] = "signed", ["signed_on"] = new DateTime(2026, 2, 1), ["parties"] = new[] { "Armenia", "Azerbaijan" }, ["weight"] = 0.5, ["met"] = true,
        });

        Assert.Equal("Agreement{id=a, status=signed, signed_on=2026-02-01, parties=[Armenia, Azerbaijan], weight=0.5, met=true, subject=}", fact.ToString());
    }

    [Fact]
    public void Load_BuiltInsAlwaysPresent_BeforeDeclaredTypes()
    {
        var schema = Good();

        Assert.Equal(["Situation", "Recommendation", "Risk", "Tradeoff", "Agreement", "Precondition"], schema.Types.Select(t => t.Name));
    }

    [Fact]
    public void Load_FieldMistakes_EachReportedWithPosition()
    {
        var (schema, diagnostics) = Load("""
            types:
              Agreement:
                description: d
                fields:
                  status: { type: enum, description: d }
                  kind: { type: strng, description: d }
                  id: { type: string, description: d }
                  tags: { type: list, description: d }
                  ok: { type: bool, description: d }
            """);

        Assert.Equal(
        [
            (DiagnosticCodes.EnumValues, "field 'Agreement.status' is an enum: list its allowed words under 'values'", 5, 15),
            (DiagnosticCodes.UnknownFieldKind, "unknown field type 'strng'; use one of string, number, bool, date, enum, list (did you mean 'string'?)", 6, 21),
            (DiagnosticCodes.BadFieldName, "field name 'id' is reserved: every fact has an implicit 'id'", 7, 7),
            (DiagnosticCodes.ListItems, "field 'Agreement.tags' is a list: give 'items' as one of string, number, bool, date, enum", 8, 13),
        ], diagnostics.Select(d => (d.Code, d.Message, d.Line, d.Column)));
        Assert.Equal(["ok"], schema.Find("Agreement")!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Load_BuiltInRedeclared_Refused()
    {
        var (_, diagnostics) = Load("types:\n  Situation:\n    description: d\n");

        Assert.Equal((DiagnosticCodes.DuplicateType, "'Situation' is a built-in type and cannot be declared"), (diagnostics[0].Code, diagnostics[0].Message));
    }

    [Fact]
    public void ConvertValue_WrongScalar_PositionedError()
    {
        var schema = Good();
        var bag = new DiagnosticBag();
        var node = (YamlMapping)GuardedYamlReader.ReadText("weight: heavy\nstatus: sgined\nparties: [A, B]\n", "s.yaml", bag)!;
        var spec = schema.Find("Agreement")!;

        Assert.Null(schema.ConvertValue(spec.Field("weight")!, node["weight"]!, bag));
        Assert.Null(schema.ConvertValue(spec.Field("status")!, node["status"]!, bag));
        var parties = schema.ConvertValue(spec.Field("parties")!, node["parties"]!, bag);

        Assert.Equal(new FactList<string>(["A", "B"]), parties);
        Assert.Equal(
        [
            (DiagnosticCodes.FieldValue, "field 'weight' is number; 'heavy' is not a number", 1, 9),
            (DiagnosticCodes.EnumValue, "'sgined' is not a value of field 'status'; expected one of negotiating, initialled, signed (did you mean 'signed'?)", 2, 9),
        ], bag.Items.Select(d => (d.Code, d.Message, d.Line, d.Column)));
    }

    [Theory]
    [InlineData("WindowNarrowing", "window-narrowing")]
    [InlineData("Agreement", "agreement")]
    [InlineData("EUMission", "eu-mission")]
    public void DefaultId_TypeName_IsKebabCase(string typeName, string expected)
    {
        Assert.Equal(expected, FactIds.Default(typeName));
    }
}
