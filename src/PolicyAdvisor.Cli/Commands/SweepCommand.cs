using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Cli.Analysis;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Knowledge;
using PolicyAdvisor.Cli.Output;
using Spectre.Console;

namespace PolicyAdvisor.Cli.Commands;

/// <summary>
/// <c>sweep</c>: runs the situation across the futures its uncertain fields span and reports how robust each
/// option is, with signposts, as text, or as JSON, CSV and an SVG heat map in a folder.
/// </summary>
internal sealed class SweepCommand : ICliCommand
{
    private static readonly Dictionary<string, SweepMethod> Methods = new(StringComparer.Ordinal)
    {
        ["auto"] = SweepMethod.Auto,
        ["full-factorial"] = SweepMethod.FullFactorial,
        ["latin-hypercube"] = SweepMethod.LatinHypercube,
        ["monte-carlo"] = SweepMethod.MonteCarlo,
    };

    // What --out DIR holds; an existing folder with anything else in it is not replaced.
    private static readonly string[] FileNames = ["sweep.json", "options.csv", "heatmap.csv", "signposts.csv", "heatmap.svg"];

    /// <inheritdoc />
    public Command Create(CommandRunner runner)
    {
        var situation = CommonOptions.Situation();
        var asOf = CommonOptions.AsOf();
        var samples = CommonOptions.WholeNumber("--samples", "Sample this many scenarios (Latin hypercube unless --method says otherwise).", 1, long.MaxValue, "-n");
        var seed = CommonOptions.WholeNumber("--seed", "Seed for sampling; the same seed gives the same output. Default: 1.", int.MinValue, int.MaxValue);
        var method = CommonOptions.Choice("--method", "auto (full factorial up to 1,000,000 scenarios, else sampling), full-factorial, latin-hypercube or monte-carlo.", "auto", [.. Methods.Keys]);
        var workers = CommonOptions.WholeNumber("--workers", "Parallel workers (default: every core). Results do not depend on it.", 1, int.MaxValue);
        var noCache = new Option<bool>("--no-cache") { Description = "Run every scenario even when the same combination of values ran before (to measure the engine itself)." };
        var robustShare = CommonOptions.Share("--robust-share", "An option is robust when advised in at least this share of the weighted futures (0 to 1, or a percentage).", SweepOptions.DefaultRobustShare);
        var robustRiskShare = CommonOptions.Share("--robust-risk-share", "...and a risk against it is flagged in at most this share (0 to 1, or a percentage).", SweepOptions.DefaultRobustRiskShare);
        var outDir = new Option<DirectoryInfo?>("--out", "-o") { Description = "Write sweep.json, options.csv, heatmap.csv, signposts.csv and heatmap.svg into this folder." };
        var command = new Command("sweep", "Run the situation across the futures its uncertain fields span: how often each option is advised, which are robust, and what flips them.")
        {
            situation, asOf, samples, seed, method, workers, noCache, robustShare, robustRiskShare, outDir,
        };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var knowledge = services.GetRequiredService<KnowledgeLoader>();
            var environment = services.GetRequiredService<CliEnvironment>();
            var chosen = knowledge.LoadSituation(parse.GetValue(situation));
            var options = new SweepOptions(Methods[parse.GetValue(method)!], parse.GetValue(samples), (int)(parse.GetValue(seed) ?? 1), parse.GetValue(asOf), (int?)parse.GetValue(workers))
            {
                Memoize = !parse.GetValue(noCache),
                RobustShare = parse.GetValue(robustShare),
                RobustRiskShare = parse.GetValue(robustRiskShare),
            };
            if (options.Workers is <= 0)
            {
                throw CliException.Usage("--workers must be a positive number.");
            }

            if (parse.GetValue(outDir) is { } target)
            {
                // Refused before the sweep runs, not after minutes of work.
                AtomicFolder.RequireReplaceable($"--out {target}", Path.GetFullPath(target.ToString(), environment.WorkingDirectory), FileNames);
            }

            var result = Run(new Sweep(knowledge.Knowledge.Advisor), chosen, options, environment.Console);
            var name = knowledge.SourcePath(chosen.File);
            if (parse.GetValue(outDir) is { } folder)
            {
                WriteFiles(Path.GetFullPath(folder.ToString(), environment.WorkingDirectory), result, name);
                environment.Console.Out.WriteLine($"Wrote sweep.json, options.csv, heatmap.csv, signposts.csv and heatmap.svg to {folder}.");
            }
            else if (environment.Console.IsTerminal)
            {
                SweepText.Write(Terminal(environment.Console), environment.Console.Out, result, name);
            }
            else
            {
                SweepText.Write(environment.Console.Out, result, name);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Runs the sweep, with a progress bar on a terminal; bad sweep requests are usage errors.</summary>
    public static SweepResult Run(Sweep sweep, Situation situation, SweepOptions options, CliConsole console)
    {
        try
        {
            if (!console.IsTerminal)
            {
                return sweep.Run(situation, options);
            }

            SweepResult? result = null;
            Terminal(console).Progress().Start(context =>
            {
                var task = context.AddTask("Sweeping futures");
                result = sweep.Run(situation, options, new Progress<SweepProgress>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                }));
                task.Value = task.MaxValue;
            });
            return result!;
        }
        catch (WhatIfInputException e)
        {
            throw CliException.Usage(e.Message);
        }
    }

    // The set is written as one folder, so a kill leaves the old five files or the new five, never a mix.
    private static void WriteFiles(string folder, SweepResult result, string situation) =>
        AtomicFolder.Write(folder,
        [
            ("sweep.json", stream => SweepJson.Write(result, situation, stream)),
            ("options.csv", Text(SweepCsv.Options(result))),
            ("heatmap.csv", Text(SweepCsv.HeatMap(result))),
            ("signposts.csv", Text(SweepCsv.Signposts(result))),
            ("heatmap.svg", Text(HeatMapSvg.Draw(result))),
        ]);

    private static Action<Stream> Text(string content) => stream => stream.Write(new UTF8Encoding(false).GetBytes(content));

    private static IAnsiConsole Terminal(CliConsole console) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) });
}
