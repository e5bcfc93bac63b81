using System.Globalization;
using System.Xml.Linq;
using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Cli.Analysis;

namespace PolicyAdvisor.Cli.Tests.Analysis;

public sealed class HeatMapSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const string LongTitle = "Help the parties sign now and leave ratification until the constitution is settled by referendum";

    private static SweepDimension Dimension(string fact, string field, params string[] values) =>
        new(fact, field, values, values.Select(_ => Likelihood.Scale[3]).ToList(), values.Select(_ => 1.0 / values.Length).ToList(), values[0]);

    private static SweepResult Result()
    {
        SweepDimension[] dimensions =
        [
            Dimension("agreement", "status", "initialled", "signed"),
            Dimension("armenian-election", "outcome", "government-wins", "opposition-wins", "pro-russian-wins"),
            Dimension("russian-posture", "relations_with_baku", "normalised", "strained"),
            Dimension("russian-posture", "ukraine_war", "ongoing", "settled-sidelining-kyiv"),
        ];
        IReadOnlyList<IReadOnlyList<double?>> shares = dimensions.Select(d => (IReadOnlyList<double?>)d.Values.Select((_, i) => i == 0 ? null : (double?)0.5).ToList()).ToList();
        return new SweepResult(SweepMethod.FullFactorial, 36, 1, dimensions,
            [new OptionOutcome("plan-b", LongTitle, true, 0.5, 0.1, true, shares), new OptionOutcome("short", "Short", false, 0.2, 0, false, shares)],
            [], []);
    }

    private static XDocument Draw() => XDocument.Parse(HeatMapSvg.Draw(Result()));

    private static double Number(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [Fact]
    public void Draw_LongOptionTitle_IsWrappedOverLinesNotCut()
    {
        var svg = Draw();

        var label = svg.Descendants(Svg + "text").Single(t => (string?)t.Element(Svg + "title") == "plan-b");
        var lines = label.Elements(Svg + "tspan").Select(t => t.Value).ToList();

        Assert.True(lines.Count > 1);
        Assert.Equal(LongTitle, string.Join(' ', lines));
    }

    [Fact]
    public void Draw_LongFieldNames_EachGroupKeepsItsHeaderInsideItsOwnSeparatedColumns()
    {
        var svg = Draw();

        var rules = svg.Descendants(Svg + "line").Select(l => (Left: Number(l, "x1"), Right: Number(l, "x2"))).ToList();
        var headers = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("font-weight") == "bold" && t.Elements(Svg + "tspan").Any()).ToList();

        Assert.Equal(4, rules.Count);
        Assert.All(rules.Zip(rules.Skip(1)), pair => Assert.True(pair.Second.Left - pair.First.Right >= 10, $"groups {pair.First} and {pair.Second} run together"));
        Assert.Equal(4, headers.Count);
        Assert.All(headers.Zip(rules), pair =>
        {
            var (header, rule) = pair;
            Assert.All(header.Elements(Svg + "tspan"), line => Assert.True(line.Value.Length * SvgText.BoldCharWidth <= rule.Right - rule.Left + 2, $"'{line.Value}' is wider than its group"));
        });
        Assert.Equal("russian-posture.relations_with_baku", string.Concat(headers[2].Elements(Svg + "tspan").Select(t => t.Value)));
    }

    [Fact]
    public void Draw_Always_HasALegendForTheColoursAndTheMarks()
    {
        var svg = Draw();

        var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        var texts = legend.Descendants(Svg + "text").Select(t => t.Value).ToList();
        var fills = legend.Descendants(Svg + "rect").Select(r => (string?)r.Attribute("fill")).ToList();

        Assert.Contains("0%", texts);
        Assert.Contains("100%", texts);
        Assert.Contains("no future had this value", texts);
        Assert.Contains(texts, t => t.Contains("robust: advised in at least", StringComparison.Ordinal));
        Assert.Contains(HeatMapSvg.Shade(0), fills);
        Assert.Contains(HeatMapSvg.Shade(1), fills);
        Assert.Contains(HeatMapSvg.NoData, fills);
    }
}
