using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Commands;

public sealed class SourcesCommandTests : IDisposable
{
    private readonly AuthoringFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void List_Fixture_PrintsOneRowPerDigestWithClaimCount()
    {
        var run = _fixture.Run("sources", "list");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            id        publisher      author     date  title           claims
            fix-2026  Fixture Press  A. Author  2026  Fixture source  3

            """.ReplaceLineEndings("\n"),
            run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Show_CitedClaim_ListsRulesOptionsAndSituationFactsCitingIt()
    {
        var run = _fixture.Run("sources", "show", "fix-2026#2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            fix-2026#2 (risk)
              Waiting gives spoilers time.
              locator: Body, paragraph 2
              at seeds/sources/fix-2026.yaml:13
            source fix-2026: A. Author, "Fixture source", Fixture Press, 2026 (text: 999_fixture.txt)
            cited by rules:
              window-narrowing (rules/main.rules.yaml:15)
              delay-risk (rules/main.rules.yaml:28)
              sign-vs-ratify (rules/main.rules.yaml:38)
              ratify-once-signed (rules/main.rules.yaml:50)
            cited by options:
              wait-for-ratification (rules/options.yaml:7)
            cited by situation facts:
              election (seeds/situations/base.yaml:15)

            """.ReplaceLineEndings("\n"),
            run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Show_UnknownClaim_ExitsTwoWithDidYouMean()
    {
        var run = _fixture.Run("sources", "show", "fix-2025#2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("(did you mean 'fix-2026#2'?)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void VerboseLog_UncitedClaims_SameAsSourcesCheck(bool shipped)
    {
        // Arrange: the fixture has one uncited claim; the shipped base has none, though situations cite many.
        var log = Path.Combine(Path.GetTempPath(), "pa-log-" + Guid.NewGuid().ToString("N") + ".json");
        string[] memo = shipped ? ["memo", "--verbose", "--log-file", log] : ["memo", "--situation", "base", "--verbose", "--log-file", log];

        // Act
        var check = shipped ? CliHarness.Run("sources", "check") : _fixture.Run("sources", "check");
        var run = shipped ? CliHarness.Run(memo) : _fixture.Run(memo);
        var logged = File.ReadAllLines(log);
        File.Delete(log);

        // Assert
        Assert.True(run.ExitCode == 0, run.Error);
        var fromCheck = check.Output.Split('\n').Where(l => l.Contains("PA0223", StringComparison.Ordinal)).Select(l => l.TrimEnd()).ToArray();
        var fromLog = logged.Where(l => l.Contains("PA0223", StringComparison.Ordinal))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("Diagnostic").GetString()).ToArray();
        Assert.Equal(fromCheck, fromLog);
        Assert.Equal(shipped ? 0 : 1, fromLog.Length);
    }

    [Fact]
    public void Check_UncitedClaim_WarnsAndExitsZero()
    {
        var run = _fixture.Run("sources", "check");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning PA0223: claim 'fix-2026#3'", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("sources check (1 digests, 3 claims): 0 error(s), 1 warning(s)", run.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CitationOfMissingClaim_IsAnErrorAndExitsThree()
    {
        _fixture.Write("seeds/situations/extra.yaml", """
            title: Extra
            as_of: 2026-01-01
            facts:
              - { type: Election, fields: { date: 2026-06-07 }, confidence: low, sources: [fix-2026#7] }
            """);

        var run = _fixture.Run("sources", "check");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("seeds/situations/extra.yaml(4,", run.Output, StringComparison.Ordinal);
        Assert.Contains("error PA0208: claim 'fix-2026#7' is in no source digest", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ClaimCitedOnlyByASituation_IsNotReportedUnused()
    {
        _fixture.Write("seeds/situations/extra.yaml", """
            title: Extra
            as_of: 2026-01-01
            facts:
              - { type: Election, fields: { date: 2026-06-07 }, confidence: low, sources: [fix-2026#3] }
            """);

        var run = _fixture.Run("sources", "check");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("PA0223", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("0 error(s), 0 warning(s)", run.Output.TrimEnd(), StringComparison.Ordinal);
    }
}
