using System.Globalization;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Benchmarks.Support;

namespace PolicyAdvisor.Benchmarks.Sessions;

/// <summary>
/// <c>session [--situation NAME] [--runs N] [--traced 1|0]</c>: one session of the shipped rules, as a memo runs it:
/// a new session, the situation's facts inserted, fired, and the recommendations, risks and trade-offs read back.
/// Runs it N times in this process and prints the first (cold) run, then the best and the median of the
/// warm runs, CPU time per warm session, and allocation per session. Run from the repository root.
/// </summary>
internal static class SessionCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = Options.Parse(args, "rules", "seeds", "situation", "runs", "traced");
        var knowledge = ShippedKnowledge.Load(options.Text("rules") ?? "rules", options.Text("seeds") ?? "seeds");
        var situation = ShippedKnowledge.Situation(knowledge, options.Text("situation") ?? "baseline");
        var runs = Math.Max(2, options.Number("runs", 2000));
        var traced = options.Number("traced", 1) != 0;
        var clock = new CpuClock();
        var conclusions = Session(knowledge, situation, traced);
        var first = clock.WallMs * 1000;

        // The rest are warm; CPU time and allocation are read over all of them (a CPU reading costs a system call).
        var times = new double[runs - 1];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        clock.Restart();
        for (var i = 0; i < times.Length; i++)
        {
            var start = clock.WallMs;
            Session(knowledge, situation, traced);
            times[i] = (clock.WallMs - start) * 1000;
        }

        var cpu = clock.CpuMs * 1000 / times.Length;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)times.Length;
        Array.Sort(times);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"session {situation.Title}: traced {traced} runs {runs} conclusions {conclusions} first_us {first:F0} best_us {times[0]:F1} median_us {times[times.Length / 2]:F1} cpu_us_per_session {cpu:F1} allocated_kb_per_session {bytes / 1024:F1}"));
        return 0;
    }

    private static int Session(KnowledgeBase knowledge, Situation situation, bool traced)
    {
        var run = knowledge.Advisor.Run(situation, traced: traced);
        return run.Recommendations.Count + run.Risks.Count + run.Tradeoffs.Count;
    }
}
