using PolicyAdvisor.Advice.Reporting;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Memos;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Tests.Determinism;

/// <summary>
/// The shipped knowledge base (rules/, seeds/, templates/ at the repository root) rendered in memory the way the
/// memo command does it: run, report, render. Loaded once per test class; renders are independent.
/// </summary>
internal sealed class ShippedMemo(KnowledgeBase knowledge, Situation baseline, string root)
{
    /// <summary>The loaded knowledge base.</summary>
    public KnowledgeBase Knowledge { get; } = knowledge;

    /// <summary>The shipped baseline situation.</summary>
    public Situation Baseline { get; } = baseline;

    /// <summary>The repository root.</summary>
    public string Root { get; } = root;

    /// <summary>Loads the shipped knowledge base and baseline; fails the test on any diagnostic error.</summary>
    public static ShippedMemo Load()
    {
        var root = FindRoot();
        var diagnostics = new DiagnosticBag();
        var knowledge = KnowledgeBase.Load(Path.Combine(root, "rules"), Path.Combine(root, "seeds"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var baseline = knowledge!.Situations.Load(Path.Combine(root, "seeds", "situations", "baseline.yaml"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return new ShippedMemo(knowledge, baseline!, root);
    }

    /// <summary>
    /// Renders <paramref name="situation"/> in <paramref name="format"/>. The fingerprint is that of the files
    /// read, so a reordered copy of the baseline is fingerprinted as the baseline.
    /// </summary>
    public byte[] Render(Situation situation, MemoFormat format)
    {
        var run = Knowledge.Advisor.Run(situation);
        var report = new ReportBuilder(Knowledge.Advisor, p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Build(run, Knowledge.Fingerprint(situation, run.AsOf));
        using var output = new MemoryStream();
        new MemoRenderer(new MemoRendererOptions(Path.Combine(Root, "templates"))).Render(report, format, output);
        return output.ToArray();
    }

    internal static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PolicyAdvisor.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PolicyAdvisor.sln not found above the test folder.");
    }
}
