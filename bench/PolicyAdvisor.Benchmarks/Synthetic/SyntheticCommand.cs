using System.Diagnostics;
using System.Globalization;
using PolicyAdvisor.Benchmarks.Support;
using NRules;

namespace PolicyAdvisor.Benchmarks.Synthetic;

/// <summary>
/// <c>synthetic [--rules R] [--facts F] [--values V] [--groups G] [--runs N]</c>: a Stopwatch breakdown of one
/// workload (compile, create, insert, fire) with allocations and peak working set, for whole-process checks of
/// the memory target and for locating hot spots without a profiler.
/// </summary>
internal static class SyntheticCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = Options.Parse(args, "rules", "facts", "values", "groups", "runs");
        var large = SyntheticShape.Large;
        var shape = new SyntheticShape(
            options.Number("rules", large.Rules), options.Number("facts", large.Facts), options.Number("values", large.Values), options.Number("groups", large.Groups));
        var rules = SyntheticWorkload.Rules(shape);
        var facts = SyntheticWorkload.Facts(shape);
        var clock = new CpuClock();
        var factory = SyntheticWorkload.Compiler().Compile(rules);
        Report(output, "compile_ms", clock.WallMs);
        Report(output, "compile_cpu_ms", clock.CpuMs);
        var runs = Math.Max(1, options.Number("runs", 1));
        var totals = new List<double>(runs);
        for (var run = 1; run <= runs; run++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            var session = factory.CreateSession();
            var created = clock.WallMs;
            session.InsertAll(facts);
            var inserted = clock.WallMs;
            var fired = session.Fire();
            var total = clock.WallMs;
            var totalCpu = clock.CpuMs; // read after the wall clock: reading CPU time costs a system call
            totals.Add(total);
            if (run > 3 && run < runs)
            {
                continue; // long series (small workloads) print the first runs, the last, and a summary
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"run {run}: create_ms {created:F3} insert_ms {inserted - created:F3} fire_ms {total - inserted:F3} total_ms {total:F3} cpu_ms {totalCpu:F0} fired {fired} allocated_mb {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6:F1}"));
        }

        totals.Sort();
        Report(output, "best_total_ms", totals[0]);
        Report(output, "median_total_ms", totals[totals.Count / 2]);
        using var process = Process.GetCurrentProcess();
        Report(output, "peak_working_set_mb", process.PeakWorkingSet64 / 1e6);
        return 0;
    }

    private static void Report(TextWriter output, string name, double value) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {value:F3}"));
}
