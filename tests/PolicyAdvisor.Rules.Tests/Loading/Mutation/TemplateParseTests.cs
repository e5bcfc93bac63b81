using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Loading.Mutation;

/// <summary>
/// Template holes checked at load: a binding without a field, ids, collected lists, several bindings named in the
/// message, and an unclosed hole at the very start, each with the exact message and column.
/// </summary>
public sealed class TemplateParseTests
{
    // The scalar starts at line 3, column 16: character i of the text is at column 16 + i.
    private const int Column = 16;

    private readonly Dictionary<string, FactTypeSpec?> _bindings;

    public TemplateParseTests()
    {
        var schema = new ExpressionHarness().Schema;
        _bindings = new Dictionary<string, FactTypeSpec?>(StringComparer.Ordinal)
        {
            ["agreement"] = schema.Find("Agreement"),
            ["demand"] = schema.Find("Precondition"),
            ["items"] = null,
        };
    }

    private (Template? Template, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var template = Template.Parse(ExpressionSource.Of(new YamlScalar("x.rules.yaml", 3, 16, text, isPlain: true, isQuoted: false)), _bindings, bag);
        return (template, bag.Items);
    }

    private Diagnostic Refused(string text)
    {
        var (template, diagnostics) = Parse(text);
        Assert.Null(template);
        return Assert.Single(diagnostics);
    }

    [Fact]
    public void Parse_IdAndCount_Accepted()
    {
        // Arrange, Act
        var (template, diagnostics) = Parse("{{ agreement.id }} of {{ items.count }}");

        // Assert
        Assert.Empty(diagnostics);
        Assert.NotNull(template);
    }

    [Fact]
    public void Parse_BindingWithoutField_AsksForAField()
    {
        // Arrange, Act
        var error = Refused("see {{ agreement }}");

        // Assert
        Assert.Equal(
            (DiagnosticCodes.BadTemplate, "'{{ agreement }}': 'agreement' is an Agreement fact; write {{ agreement.<field> }} (did you mean 'id'?)", Column + 4),
            (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Parse_CollectedListWithOtherField_OffersOnlyCount()
    {
        // Arrange, Act
        var error = Refused("{{ items.size }}");

        // Assert
        Assert.Equal(
            (DiagnosticCodes.BadTemplate, "'{{ items.size }}': 'items' is a collected list, which offers only 'count'; write {{ items.<field> }}", Column),
            (error.Code, error.Message, error.Column));
    }

    [Fact]
    public void Parse_UnknownBinding_ListsEveryBinding()
    {
        // Arrange, Act
        var error = Refused("x {{ demnd.subject }}");

        // Assert
        Assert.Equal(
            (DiagnosticCodes.BadTemplate, "'{{ demnd.subject }}' names no binding of this rule; bound are agreement, demand, items (did you mean 'demand'?)", Column + 2),
            (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("{{ agreement.id", 0)]
    [InlineData("{{ agreement.id }} and {{ x", 23)]
    public void Parse_UnclosedHole_RefusedAtItsStart(string text, int offset)
    {
        // Arrange, Act
        var error = Refused(text);

        // Assert
        Assert.Equal((DiagnosticCodes.BadTemplate, "'{{' is not closed by '}}'", Column + offset), (error.Code, error.Message, error.Column));
    }
}
