using PolicyAdvisor.Advice.Reporting;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Memos;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Support;

/// <summary>
/// The knowledge base under Fixtures/Decide: a decision whose three alternatives all fire (two preferences settle
/// it, one as a sequence), one whose two alternatives a trade-off leaves open, one settled by strength alone, a
/// claim whose window has closed, a dated election, a risk realised by an uncertain value and two risks that tie.
/// </summary>
internal static class Decide
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Decide");

    public static KnowledgeBase Load()
    {
        var diagnostics = new DiagnosticBag();
        var knowledge = KnowledgeBase.Load(Path.Combine(Root, "rules"), Path.Combine(Root, "seeds"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return knowledge!;
    }

    /// <summary>The report for the base situation, as of its own date or <paramref name="asOf"/>.</summary>
    public static AdviceReport Report(KnowledgeBase knowledge, DateTime? asOf = null)
    {
        var diagnostics = new DiagnosticBag();
        var situation = knowledge.Situations.Load(Path.Combine(Root, "seeds", "situations", "base.yaml"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var run = knowledge.Advisor.Run(situation!, asOf);
        return new ReportBuilder(knowledge.Advisor, Path.GetFileName).Build(run, knowledge.Fingerprint(situation!, run.AsOf));
    }

    /// <summary>The report rendered as Markdown with the shipped templates.</summary>
    public static string Markdown(AdviceReport report)
    {
        using var output = new MemoryStream();
        new MemoRenderer(new MemoRendererOptions(Path.Combine(Determinism.ShippedMemo.FindRoot(), "templates"))).Render(report, MemoFormat.Markdown, output);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }
}
