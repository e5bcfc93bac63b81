using System.Globalization;
using PolicyAdvisor.Benchmarks.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Benchmarks.Loading;

/// <summary>
/// <c>load [--compiler default|fec] [--runs N]</c>: loads a rule base (schema, options, digests, every rule compiled
/// into the NRules session factory) the way the CLI does, first in this fresh process and then again warm, and
/// prints both. The first figure is "cold load of the shipped rule base"; the warm repeat shows how much of it is
/// one-time start-up (JIT, type loading). <c>--compiler fec</c> plugs FastExpressionCompiler into NRules.
/// </summary>
internal static class LoadCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = Options.Parse(args, "rules", "seeds", "runs", "compiler");
        var rules = options.Text("rules") ?? "rules";
        var sources = Path.Combine(options.Text("seeds") ?? "seeds", "sources");
        var runs = Math.Max(1, options.Number("runs", 2));
        var compiler = options.Text("compiler") ?? "default";
        var clock = new CpuClock();
        for (var run = 1; run <= runs; run++)
        {
            var loadOptions = CompilerChoice.Options(compiler, out var fast);
            clock.Restart();
            var ruleBase = RuleBaseLoader.Load(rules, sources, out var diagnostics, loadOptions);
            var wall = clock.WallMs;
            var cpu = clock.CpuMs;
            if (ruleBase.SessionFactory is null)
            {
                var first = diagnostics.FirstOrDefault(d => d.IsError);
                throw new IOException($"the rule base did not load: {first}");
            }

            var counts = fast is null ? string.Empty : $" fec_compiled {fast.Compiled} fec_fell_back {fast.FellBack}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"load {run} ({(run == 1 ? "cold" : "warm")}): compiler {compiler} wall_ms {wall:F1} cpu_ms {cpu:F1} rules {ruleBase.Rules.Count} types {ruleBase.Schema.Types.Count}{counts}"));
        }

        // From process start (runtime start-up included) to here, for comparison with whole-process timings.
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process_uptime_ms {(DateTime.Now - process.StartTime).TotalMilliseconds:F0}"));
        return 0;
    }
}
