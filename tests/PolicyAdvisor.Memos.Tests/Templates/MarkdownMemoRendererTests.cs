using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests.Templates;

public sealed class MarkdownMemoRendererTests
{
    private static string FingerprintLine(string markdown) =>
        markdown.Split('\n').Single(line => line.StartsWith("- **Memo:**", StringComparison.Ordinal));

    [Fact]
    public void Render_Baseline_HasEveryMemoSectionInOrder()
    {
        var markdown = Render.Text(SampleReports.Baseline(), MemoFormat.Markdown);

        string[] sections =
        [
            "## Bottom line", "## Decisions", "## Risks", "## Out of date", "## Signposts", "## Key assumptions", "## Citations",
            "## Annex: the recommended options in full", "## Annex: trade-offs", "## Annex: options considered and not recommended",
            "## Annex: provenance", "## Annex: risks in full", "## Annex: assumptions in full", "## Annex: robustness across futures", "## Fingerprint",
        ];
        var positions = sections.Select(s => markdown.IndexOf("\n" + s + "\n", StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Render_Baseline_DateLineIsTheAsOfDate()
    {
        var markdown = Render.Text(SampleReports.Baseline() with { Situation = SampleReports.Baseline().Situation with { AsOf = "2027-03-01" } }, MemoFormat.Markdown);

        Assert.Contains("**Date:** 2027-03-01 (the facts are as of this date)\\\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Baseline_BottomLineHasAtMostFiveLines()
    {
        var markdown = Render.Text(SampleReports.Baseline(), MemoFormat.Markdown);

        var start = markdown.IndexOf("## Bottom line\n\n", StringComparison.Ordinal) + "## Bottom line\n\n".Length;
        var block = markdown[start..markdown.IndexOf("\n\n", start, StringComparison.Ordinal)];
        Assert.InRange(block.Split('\n').Length, 1, 5);
    }

    [Fact]
    public void Render_Baseline_OneCourseAndOneApprovalLinePerDecision()
    {
        var markdown = Render.Text(SampleReports.Baseline(), MemoFormat.Markdown);

        Assert.Contains("**Recommended course.** That you help the parties sign now and leave ratification until the constitution is settled, with the actions alongside it below.", markdown, StringComparison.Ordinal);
        Assert.Contains("- Alongside: ", markdown, StringComparison.Ordinal);
        Assert.Equal(1, markdown.Split("Approve \\_").Length - 1);
    }

    [Fact]
    public void Render_UnsettledDecision_OffersOneApprovalPerAlternativeOnOneLine()
    {
        var baseline = SampleReports.Baseline();
        var decision = baseline.Decisions[0] with
        {
            Status = "unsettled",
            Course = [new CourseStep("plan-b-signing", "either", null), new CourseStep("transit-route-support", "either", null)],
        };

        var markdown = Render.Text(baseline with { Decisions = [decision] }, MemoFormat.Markdown);

        Assert.Contains("The sources disagree, so this is shown rather than settled.", markdown, StringComparison.Ordinal);
        Assert.Contains("Approve Sign now, ratify later \\_\\_\\_\\_\\_\\_ Approve Transit route support \\_\\_\\_\\_\\_\\_ Disapprove", markdown, StringComparison.Ordinal);
        Assert.Single(markdown.Split('\n'), line => line.Contains("Disapprove", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_EmptyReport_SaysSoInsteadOfFailing()
    {
        var markdown = Render.Text(SampleReports.Empty(), MemoFormat.Markdown);

        Assert.Contains("No option is advised on these facts", markdown, StringComparison.Ordinal);
        Assert.Contains("No risk was flagged.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Robustness", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TextWithMarkup_IsEscapedNotInterpreted()
    {
        var baseline = SampleReports.Baseline();
        var risk = baseline.Risks[0] with { Title = "Spoiler | *wrecks* the deal" };

        var markdown = Render.Text(baseline with { Risks = [risk] }, MemoFormat.Markdown);

        Assert.Contains("| Spoiler \\| \\*wrecks\\* the deal (rests on expired input) | roughly even chance | high |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OwnFolderChangesHeaderLines_UsesThem()
    {
        using var folder = ShippedTemplatesCopy.Create();
        var entry = Path.Combine(folder.Templates, "memo.md.sbn");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("memo_to = \"Principals\"", "memo_to = \"The Secretary\"", StringComparison.Ordinal));

        var markdown = Render.Text(SampleReports.Baseline(), MemoFormat.Markdown, folder.Templates);

        Assert.Contains("**To:** The Secretary\\\n", markdown, StringComparison.Ordinal);
        Assert.Contains("**From:** PolicyAdvisor\\\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChangedPartial_ChangesFingerprint()
    {
        using var folder = ShippedTemplatesCopy.Create();
        var before = FingerprintLine(Render.Text(SampleReports.Baseline(), MemoFormat.Markdown, folder.Templates));
        File.AppendAllText(Path.Combine(folder.Templates, "partials", "citations.sbn"), "\n");

        var after = FingerprintLine(Render.Text(SampleReports.Baseline(), MemoFormat.Markdown, folder.Templates));

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Render_UnusedFileInFolder_LeavesFingerprintAlone()
    {
        using var folder = ShippedTemplatesCopy.Create();
        var before = FingerprintLine(Render.Text(SampleReports.Baseline(), MemoFormat.Markdown, folder.Templates));
        folder.Write("partials/unused.sbn", "never included");

        var after = FingerprintLine(Render.Text(SampleReports.Baseline(), MemoFormat.Markdown, folder.Templates));

        Assert.Equal(before, after);
    }

    [Fact]
    public void Render_ChangedReportFingerprint_ChangesMemoFingerprint()
    {
        var baseline = SampleReports.Baseline();
        var before = FingerprintLine(Render.Text(baseline, MemoFormat.Markdown));

        var after = FingerprintLine(Render.Text(baseline with { Fingerprint = new Fingerprint(new string('b', 64), []) }, MemoFormat.Markdown));

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Render_TemplateWithCrLf_RendersLikeLf()
    {
        using var lf = new TemplateFolder(("memo.md.sbn", "# {{ report.situation.title }}\n\nline\n"));
        using var crlf = new TemplateFolder(("memo.md.sbn", "# {{ report.situation.title }}\r\n\r\nline\r\n"));

        var fromLf = Render.Text(SampleReports.Baseline(), MemoFormat.Markdown, lf.Templates);
        var fromCrLf = Render.Text(SampleReports.Baseline(), MemoFormat.Markdown, crlf.Templates);

        Assert.Equal(fromLf, fromCrLf);
    }
}
