namespace PolicyAdvisor.Rules.Tests.Schema;

public sealed class FieldValueTextTests
{
    private static readonly FieldSpec Year = new("year", FieldKind.Number, null, [], "The year.", 0);

    [Theory]
    [InlineData("1e999")]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    [InlineData("2,026")]
    public void Parse_NumberThatIsNotFinite_RefusedAsTheLoaderRefusesIt(string text)
    {
        var value = FieldValueText.Parse(Year, FieldKind.Number, text);
        var bag = new DiagnosticBag();
        var loaded = YamlReading.ToNumber(new YamlScalar("s.yaml", 1, 1, text, isPlain: true, isQuoted: false), bag);

        Assert.Null(value);
        Assert.Null(loaded);
    }

    [Theory]
    [InlineData("True", true)]
    [InlineData("FALSE", false)]
    public void Parse_BoolWrittenAsYamlWritesIt_Accepted(string text, bool expected)
    {
        var value = FieldValueText.Parse(Year, FieldKind.Bool, text);

        Assert.Equal(expected, value);
    }
}
