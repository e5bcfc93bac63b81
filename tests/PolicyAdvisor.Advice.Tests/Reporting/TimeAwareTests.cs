using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Tests.Support;

namespace PolicyAdvisor.Advice.Tests.Reporting;

/// <summary>Validity windows: a claim or fact whose window closed before the as-of date is flagged with what rests on it.</summary>
public sealed class TimeAwareTests
{
    private static readonly KnowledgeBase Knowledge = Decide.Load();

    [Fact]
    public void Build_ClaimWindowClosedBeforeAsOf_FlaggedInTheMemo()
    {
        // Arrange: d#4 holds until 2025-12-31; the situation is as of 2026-02-01.
        var report = Decide.Report(Knowledge);

        // Act
        var markdown = Decide.Markdown(report);

        // Assert
        var stale = Assert.Single(report.Stale, s => s.Kind == "claim");
        Assert.Equal(("d#4", "2025-12-31"), (stale.Id, stale.Until));
        Assert.Equal(["sign-now", "push-now"], stale.Affects);
        Assert.Contains("## Out of date", markdown, StringComparison.Ordinal);
        Assert.Contains("- Claim `d#4`, valid until 2025-12-31: Without a signature by the end of the year the momentum may go. Affects: Sign now; Push now.", markdown, StringComparison.Ordinal);
        Assert.Contains("*Rests on expired input: d#4 (see Out of date).*", markdown, StringComparison.Ordinal);
        Assert.Contains("*Expired: held until 2025-12-31.*", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ClaimWindowStillOpen_NothingFlagged()
    {
        var report = Decide.Report(Knowledge, new DateTime(2025, 12, 31));

        Assert.Empty(report.Stale);
        Assert.DoesNotContain("## Out of date", Decide.Markdown(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FactWindowClosed_FactFlaggedAndAdviceKept()
    {
        // The election fact holds until 2026-03-31; after it the fact is stale, and the advice is flagged, not dropped.
        var report = Decide.Report(Knowledge, new DateTime(2026, 4, 2));

        var stale = Assert.Single(report.Stale, s => s.Kind == "fact");
        Assert.Equal(("election", "2026-03-31", "date=2026-03-01"), (stale.Id, stale.Until, stale.Text));
        Assert.Contains(report.Recommendations, r => r.Option.Id == "sign-now");
    }
}
