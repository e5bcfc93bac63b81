using PolicyAdvisor.Rules.Tests.Support;

namespace PolicyAdvisor.Rules.Tests.Options.Mutation;

/// <summary>Date expressions in option texts: rendered from the as-of date, anything else refused at load.</summary>
public sealed class OptionTextTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Render_AsOfExpressions_TakeTheMemoDate()
    {
        var text = OptionText.Render("Engage through {{ as_of.year }}, plan for {{as_of.next_year}} (as of {{ as_of }})", new DateTime(2027, 3, 1));

        Assert.Equal("Engage through 2027, plan for 2028 (as of 2027-03-01)", text);
    }

    [Theory]
    [InlineData("title", "\"Engage through {{ now.year }}\"", "'{{ now.year }}' is not an expression option texts may use: as_of, as_of.year, as_of.next_year")]
    [InlineData("title", "\"Engage through {{ as_of.year\"", "'{{' is not closed with '}}'")]
    [InlineData("short", "\"Through {{ as_of.yeer }}\"", "'{{ as_of.yeer }}' is not an expression option texts may use: as_of, as_of.year, as_of.next_year (did you mean 'as_of.year'?)")]
    public void Load_UnknownOrOpenExpression_RefusedAtTheText(string key, string value, string message)
    {
        // Arrange
        var title = key == "title" ? string.Empty : "    title: t\n";
        var path = _folder.Write("options.yaml", $"options:\n  - id: a\n{title}    summary: s\n    {key}: {value}\n");
        var bag = new DiagnosticBag();

        // Act
        OptionCatalogLoader.Load(path, new SourceLibrary([]), bag);

        // Assert
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.UnknownTextExpression, message, key == "title" ? 4 : 5, 7 + key.Length), (error.Code, error.Message, error.Line, error.Column));
    }
}
