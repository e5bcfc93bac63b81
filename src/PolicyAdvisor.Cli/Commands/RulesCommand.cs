using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Cli.Authoring;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Knowledge;
using PolicyAdvisor.Cli.Output;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Commands;

/// <summary><c>rules list|show|check</c>: the rule author's view of the rule base.</summary>
internal sealed class RulesCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Create(CommandRunner runner) => new("rules", "Inspect and check the rule base.")
    {
        List(runner), Show(runner), Check(runner), Schemas(runner),
    };

    private static Command List(CommandRunner runner)
    {
        var format = Listing.FormatOption();
        var command = new Command("list", "List every rule: id, kind, priority, title, file:line. On a terminal long titles wrap and long paths are cut; 'rules show ID' or --format json gives them whole.") { format };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var knowledge = services.GetRequiredService<KnowledgeLoader>();
            var rows = knowledge.Knowledge.RuleBase.Rules.Select(r => (IReadOnlyList<string>)
            [
                r.Id,
                r.Kind.ToString().ToLowerInvariant(),
                r.Priority.ToString(CultureInfo.InvariantCulture),
                r.Title,
                string.Create(CultureInfo.InvariantCulture, $"{knowledge.Display(r.File)}:{r.Line}"),
            ]).ToArray();
            TableColumn[] columns = [new("id"), new("kind"), new("priority", IsNumber: true), new("title", CellFit.Wrap), new("at", CellFit.TruncateStart)];
            Listing.Write(services.GetRequiredService<CliConsole>(), parse.GetValue(format)!, "rules list", columns, rows);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Show(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "The rule's id (see 'rules list')." };
        var command = new Command("show", "Show everything about one rule: premises, action, sources with their paraphrases, file:line.") { id };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var knowledge = services.GetRequiredService<KnowledgeLoader>();
            var ruleBase = knowledge.Knowledge.RuleBase;
            var wanted = parse.GetValue(id)!;
            var rule = ruleBase.FindRule(wanted)
                ?? throw CliException.Usage($"no rule '{wanted}'{Suggest.DidYouMean(wanted, ruleBase.Rules.Select(r => r.Id))}.");
            RuleDescriber.Write(services.GetRequiredService<CliConsole>().Out, rule, ruleBase, knowledge.Display);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Schemas(CommandRunner runner)
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder to write the schemas into (the repository keeps them in docs/schemas).", Required = true };
        var command = new Command("schemas", "Write the JSON Schemas of every input file (rules, facts.yaml, options.yaml, rule tests, digests, situations), generated from the shapes the loaders check.") { output };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var environment = services.GetRequiredService<CliEnvironment>();
            var folder = Path.GetFullPath(parse.GetValue(output)!.ToString(), environment.WorkingDirectory);
            Directory.CreateDirectory(folder);
            foreach (var (fileName, shape) in SchemaCatalog.All)
            {
                var text = JsonSchemaWriter.Write(shape);
                AtomicFile.Write(Path.Combine(folder, fileName), stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)));
            }

            environment.Console.Out.WriteLine($"Wrote {SchemaCatalog.All.Count} schemas to {environment.Display(folder)}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Check(CommandRunner runner) => DiagnosticReport.CheckCommand(
        runner,
        "Load everything (schema, options, rules, digests, situations, rule tests) and report every problem; exit 3 on errors.",
        (result, _) => (result.Diagnostics, string.Create(
            CultureInfo.InvariantCulture,
            $"rules check ({result.RuleBase.Rules.Count} rules, {result.Situations.Count} situations, {result.Tests.Count} rule tests loaded)")));
}
