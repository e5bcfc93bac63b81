using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Advice.Reporting;
using PolicyAdvisor.Cli.Analysis;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Knowledge;
using PolicyAdvisor.Cli.Output;
using PolicyAdvisor.Memos;

namespace PolicyAdvisor.Cli.Commands;

/// <summary><c>memo</c>: renders the decision memo for a situation.</summary>
internal sealed class MemoCommand : ICliCommand
{
    private static readonly Dictionary<string, MemoFormat> Formats = new(StringComparer.Ordinal)
    {
        ["md"] = MemoFormat.Markdown,
        ["html"] = MemoFormat.Html,
        ["json"] = MemoFormat.Json,
        ["docx"] = MemoFormat.Docx,
    };

    /// <inheritdoc />
    public Command Create(CommandRunner runner)
    {
        var situation = CommonOptions.Situation();
        var asOf = CommonOptions.AsOf();
        var output = CommonOptions.Out();
        var format = CommonOptions.Choice("--format", "md, html, json or docx (docx needs --out).", "md", [.. Formats.Keys], "-f");
        var templates = new Option<DirectoryInfo?>("--templates") { Description = "Bring your own templates (memo.md.sbn and partials); they run sandboxed. Default: the shipped templates/." };
        var sweep = MemoSweep.Option();
        var command = new Command("memo", "Render the decision memo for a situation (default: the shipped baseline, Markdown, to stdout).")
        {
            situation, asOf, format, output, templates, sweep,
        };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var memoFormat = Formats[parse.GetValue(format)!];
            var outFile = parse.GetValue(output);
            if (memoFormat == MemoFormat.Docx && outFile is null)
            {
                throw CliException.Usage("--format docx writes a binary file: give --out FILE.");
            }

            var knowledge = services.GetRequiredService<KnowledgeLoader>();
            var environment = services.GetRequiredService<CliEnvironment>();
            var chosen = knowledge.LoadSituation(parse.GetValue(situation));
            if (!parse.GetValue(sweep))
            {
                // Before the run: a situation too large for the signpost search is refused without running it.
                ReportBudget.CheckSignposts(new Advice.Analysis.SensitivityAnalysis(knowledge.Knowledge.Advisor), chosen);
            }

            var run = knowledge.Knowledge.Advisor.Run(chosen, parse.GetValue(asOf));
            var report = new ReportBuilder(knowledge.Knowledge.Advisor, knowledge.SourcePath)
                .Build(run, knowledge.Knowledge.Fingerprint(chosen, run.AsOf), signposts: !parse.GetValue(sweep));
            report = parse.GetValue(sweep) ? MemoSweep.Apply(report, knowledge.Knowledge.Advisor, chosen, parse.GetValue(asOf)) : report;
            var renderer = new MemoRenderer(new MemoRendererOptions(environment.Locate(parse.GetValue(templates), "templates")));
            MemoWriting.Write(renderer, report, memoFormat, outFile, environment);
            return ExitCodes.Success;
        }));
        return command;
    }
}
