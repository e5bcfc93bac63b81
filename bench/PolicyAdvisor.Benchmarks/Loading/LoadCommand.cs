using System.Globalization;
using PolicyAdvisor.Benchmarks.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Benchmarks.Loading;

/// <summary>
/// <c>load</c>: loads a rule base (schema, options, digests, every rule with every condition compiled) the way the
/// CLI does, first in this fresh process and then again warm, and prints both. The first figure is issue 4's
/// "load in a fresh process"; the warm repeat shows how much of it is one-time start-up (JIT, type loading).
/// </summary>
internal static class LoadCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = Options.Parse(args, "rules", "seeds", "runs");
        var rules = options.Text("rules") ?? "rules";
        var sources = Path.Combine(options.Text("seeds") ?? "seeds", "sources");
        var runs = Math.Max(1, options.Number("runs", 2));
        var clock = new CpuClock();
        for (var run = 1; run <= runs; run++)
        {
            clock.Restart();
            var ruleBase = RuleBaseLoader.Load(rules, sources, out var diagnostics);
            var wall = clock.WallMs;
            var cpu = clock.CpuMs;
            if (ruleBase.SessionFactory is null)
            {
                var first = diagnostics.FirstOrDefault(d => d.IsError);
                throw new IOException($"the rule base did not load: {first}");
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"load {run} ({(run == 1 ? "cold" : "warm")}): wall_ms {wall:F1} cpu_ms {cpu:F1} rules {ruleBase.Rules.Count} types {ruleBase.Schema.Types.Count}"));
        }

        // From process start (runtime start-up included) to here, for comparison with whole-process timings.
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process_uptime_ms {(DateTime.Now - process.StartTime).TotalMilliseconds:F0}"));
        return 0;
    }
}
