using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Advice.Tests.Determinism;
using PolicyAdvisor.Memos;

namespace PolicyAdvisor.Advice.Tests.Reporting;

/// <summary>
/// The shipped baseline memo read as a principal reads it: one approval per decision, a bottom line that judges,
/// a body of at most 1,500 words, clean text, at most eight signposts in the body, likelihoods in the JSON.
/// </summary>
public sealed class BaselineMemoTests
{
    private static readonly Lazy<ShippedMemo> Shipped = new(ShippedMemo.Load);
    private static readonly Lazy<string> Markdown = new(() => Encoding.UTF8.GetString(Shipped.Value.Render(Shipped.Value.Baseline, MemoFormat.Markdown)));
    private static readonly Lazy<JsonDocument> Json = new(() => JsonDocument.Parse(Shipped.Value.Render(Shipped.Value.Baseline, MemoFormat.Json)));

    // Everything before the citations and annexes is the body.
    private static string Body => Markdown.Value[..Markdown.Value.IndexOf("\n## Citations\n", StringComparison.Ordinal)];

    private static string Section(string heading)
    {
        var start = Body.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        var end = Body.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return Body[start..(end < 0 ? Body.Length : end)];
    }

    [Fact]
    public void Render_Baseline_OneApproveDisapprovePerDecision()
    {
        // Arrange
        var decisions = Json.Value.RootElement.GetProperty("decisions").EnumerateArray().ToArray();

        // Act
        var approvals = Body.Split('\n').Count(l => l.Contains("Disapprove", StringComparison.Ordinal));
        var headings = Regex.Count(Section("Decisions"), @"\n### \d+\. ");

        // Assert: every decision of the baseline has a course, and each has exactly one approval line.
        Assert.Equal(4, decisions.Length);
        Assert.All(decisions, d => Assert.NotEqual("none", d.GetProperty("status").GetString()));
        Assert.Equal(decisions.Length, headings);
        Assert.Equal(decisions.Length, approvals);
    }

    [Fact]
    public void Render_Baseline_BottomLineHasCourseDatedEventAndMainRiskWithLikelihoodAndSeverity()
    {
        var bottom = Section("Bottom line");

        var sentences = bottom.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToArray();

        Assert.InRange(sentences.Length, 3, 5);
        Assert.Contains(sentences, s => s.StartsWith("- **Course.** That you help the parties sign now", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("- **Next dated event.** Armenia's parliamentary election on 2026-06-07, 112 days after the as-of date", StringComparison.Ordinal));
        var risk = Assert.Single(sentences, s => s.StartsWith("- **Main risk.**", StringComparison.Ordinal));
        Assert.Contains(Likelihood.Scale, l => risk.Contains("likelihood: " + l.Words + ";", StringComparison.Ordinal));
        Assert.Contains("severity: high", risk, StringComparison.Ordinal);
        Assert.Contains(sentences, s => s.StartsWith("- **Watch.**", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Baseline_BodyIsAtMost1500Words()
    {
        // A word is a run of text with a letter or digit in it; table bars, dashes and blanks to sign on are not.
        var words = Body.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(t => t.Any(char.IsLetterOrDigit));

        Assert.InRange(words, 300, 1500);
    }

    [Fact]
    public void Render_Baseline_NoDoubledFullStopsNoPluralInBracketsAndAuthorNotNamedOncePerSource()
    {
        var text = Markdown.Value;

        Assert.DoesNotContain("..", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", text, StringComparison.Ordinal);
        var citations = text[text.IndexOf("\n## Citations\n", StringComparison.Ordinal)..text.IndexOf("\n## Annex", StringComparison.Ordinal)];
        var records = citations.Split('\n').Where(l => l.StartsWith("- **", StringComparison.Ordinal)).ToArray();
        Assert.Equal(5, records.Length);
        Assert.All(records, r => Assert.InRange(Regex.Count(r, "not named"), 0, 1));
        Assert.Equal(3, records.Count(r => r.Contains(": Author not named", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_Baseline_AtMostEightSignpostsInTheBodyAndTheRestInTheAnnex()
    {
        var rows = Section("Signposts").Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)) - 1;
        var total = Json.Value.RootElement.GetProperty("signposts").GetArrayLength();

        // The template shows the five that flip most: within the issue's eight, and what keeps the body short.
        Assert.Equal(Math.Min(5, total), rows);
        Assert.True(total > 5);
        Assert.Contains("\n## Annex: further signposts\n", Markdown.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BaselineJson_RisksCarryALikelihoodWordFromTheScaleApartFromConfidence()
    {
        var risks = Json.Value.RootElement.GetProperty("risks").EnumerateArray().ToArray();

        var terms = risks.Select(r => r.GetProperty("likelihood").GetProperty("term").GetString()).ToArray();

        Assert.Contains(terms, t => Likelihood.Scale.Any(l => l.Words == t));
        Assert.All(risks, r => Assert.Contains(r.GetProperty("confidence").GetString(), SituationLoader.Confidences));
        var rejection = risks.Single(r => r.GetProperty("id").GetString() == "referendum-rejection");
        Assert.Equal("roughly even chance", rejection.GetProperty("likelihood").GetProperty("term").GetString());
    }

    [Fact]
    public void Render_Baseline_SettlesSignatureAndShowsOnlyTrueDisagreementsAsUnsettled()
    {
        var decisions = Json.Value.RootElement.GetProperty("decisions").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);

        var signature = decisions["signature"];
        var lead = signature.GetProperty("course").EnumerateArray().Single(c => c.GetProperty("role").GetString() == "lead");

        Assert.Equal("plan-b-signing", lead.GetProperty("option_id").GetString());
        Assert.Equal("sign-while-russia-distracted", signature.GetProperty("considered").EnumerateArray().Single(c => c.GetProperty("advised").GetBoolean()).GetProperty("option_id").GetString());
        Assert.Equal("unsettled", decisions["connectivity"].GetProperty("status").GetString());
        Assert.Equal(1, Regex.Count(Body, "The sources disagree, so this is shown rather than settled"));
    }
}
