namespace PolicyAdvisor.Rules.Tests.Yaml;

public sealed class YamlReadingTests
{
    private static YamlMapping Map(string text, DiagnosticBag bag) => (YamlMapping)GuardedYamlReader.ReadText(text, "f.yaml", bag)!;

    [Fact]
    public void CheckKeys_MisspeltKey_SuggestsTheKnownOne()
    {
        var bag = new DiagnosticBag();

        var ok = Map("id: x\nwehn: []\n", bag).CheckKeys(bag, "a rule", ["id", "when", "then"]);

        Assert.False(ok);
        var error = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticCodes.UnknownKey, "unknown key 'wehn' in a rule (did you mean 'when'?)", 2, 1), (error.Code, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void CheckKeys_MissingRequired_ReportedAtTheMapping()
    {
        var bag = new DiagnosticBag();

        Map("id: x\n", bag).CheckKeys(bag, "a rule", ["id", "then"], ["id", "then"]);

        Assert.Equal((DiagnosticCodes.MissingKey, "a rule is missing required key 'then'", 1, 1), (bag.Items[0].Code, bag.Items[0].Message, bag.Items[0].Line, bag.Items[0].Column));
    }

    [Fact]
    public void Int_NotANumber_PositionedError()
    {
        var bag = new DiagnosticBag();

        Assert.Null(Map("priority: high\n", bag).Int("priority", bag));

        Assert.Equal((DiagnosticCodes.BadValue, "expected a whole number, found 'high'", 1, 11), (bag.Items[0].Code, bag.Items[0].Message, bag.Items[0].Line, bag.Items[0].Column));
    }

    [Fact]
    public void ScalarList_SingleValue_IsAOneItemList()
    {
        var bag = new DiagnosticBag();

        var list = Map("sources: a#1\n", bag).ScalarList("sources", bag);

        Assert.Equal(["a#1"], list.Select(s => s.Value));
    }

    [Fact]
    public void Choice_Misspelt_SuggestsTheClosest()
    {
        var bag = new DiagnosticBag();

        Assert.Null(Map("kind: optoin\n", bag).Choice("kind", bag, ["assessment", "option", "risk", "tradeoff"]));

        Assert.Equal("'kind' must be one of assessment, option, risk, tradeoff; found 'optoin' (did you mean 'option'?)", bag.Items[0].Message);
    }
}
