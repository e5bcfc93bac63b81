using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Cli.Audit;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Knowledge;
using PolicyAdvisor.Cli.Output;
using Serilog;
using Serilog.Formatting.Compact;
using Spectre.Console;

namespace PolicyAdvisor.Cli.Commands;

/// <summary><c>audit</c>: every engine event of a run, in order, as Serilog compact JSON lines or a table.</summary>
internal sealed class AuditCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Create(CommandRunner runner)
    {
        var situation = CommonOptions.Situation();
        var asOf = CommonOptions.AsOf();
        var output = CommonOptions.Out();
        var format = CommonOptions.Choice("--format", "json (compact JSON lines, one event each) or table.", "json", ["json", "table"], "-f");
        var command = new Command("audit", "Record every engine event of a run: facts inserted, activations, rules fired with their matched facts, conclusions.")
        {
            situation, asOf, format, output,
        };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var knowledge = services.GetRequiredService<KnowledgeLoader>();
            var environment = services.GetRequiredService<CliEnvironment>();
            var chosen = knowledge.LoadSituation(parse.GetValue(situation));
            var sink = new CollectingSink();
            using (var log = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(sink).CreateLogger())
            {
                var trail = new AuditTrail(log, knowledge.Knowledge.RuleBase, knowledge.Display);
                var run = knowledge.Knowledge.Advisor.Run(chosen, parse.GetValue(asOf), observe: trail.Attach);
                trail.Conclusions(run);
            }

            var text = parse.GetValue(format) == "table" ? Table(sink, environment.Console.IsTerminal && parse.GetValue(output) is null, environment.Console) : Json(sink);
            if (parse.GetValue(output) is { } file)
            {
                AtomicFile.Write(Path.GetFullPath(file.ToString(), environment.WorkingDirectory), s => s.Write(Encoding.UTF8.GetBytes(text)));
            }
            else
            {
                environment.Console.Out.Write(text);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Json(CollectingSink sink)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var formatter = new CompactJsonFormatter();
        foreach (var e in sink.Events)
        {
            formatter.Format(e, writer);
        }

        return writer.ToString();
    }

    private static string Table(CollectingSink sink, bool terminal, CliConsole console)
    {
        if (terminal)
        {
            WriteSpectreTable(sink, console);
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var e in sink.Events)
        {
            text.Append(CultureInfo.InvariantCulture, $"{e.Properties["Seq"],5}  {e.RenderMessage(CultureInfo.InvariantCulture)}\n");
        }

        return text.ToString();
    }

    // Kept apart so that redirected output never makes the JIT load Spectre.Console (cold start).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void WriteSpectreTable(CollectingSink sink, CliConsole console)
    {
        var table = new Table().AddColumn("#").AddColumn("event");
        foreach (var e in sink.Events)
        {
            table.AddRow(Markup.Escape(e.Properties["Seq"].ToString()), Markup.Escape(e.RenderMessage(CultureInfo.InvariantCulture)));
        }

        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) }).Write(table);
    }
}
