using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Cli.Analysis;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Knowledge;

namespace PolicyAdvisor.Cli.Commands;

/// <summary><c>whatif</c>: changes facts in a live session and prints what the change does to the advice.</summary>
internal sealed class WhatIfCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Create(CommandRunner runner)
    {
        var situation = CommonOptions.Situation();
        var asOf = CommonOptions.AsOf();
        var set = new Option<string[]>("--set")
        {
            Description = "Type.field=value (every fact of the type) or fact-id.field=value; repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var retract = new Option<string[]>("--retract")
        {
            Description = "A fact type (every fact of it) or a fact id to retract, with everything that rested on it; repeatable.",
        };
        var format = CommonOptions.TextOrJson();
        var command = new Command("whatif", "Change facts in a live session and show which options, risks and trade-offs change, and by which rules.")
        {
            situation, asOf, set, retract, format,
        };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var sets = parse.GetValue(set) ?? [];
            var retracts = parse.GetValue(retract) ?? [];
            if (sets.Length == 0 && retracts.Length == 0)
            {
                throw CliException.Usage("whatif needs at least one --set Type.field=value or --retract Type.");
            }

            var knowledge = services.GetRequiredService<KnowledgeLoader>();
            var output = services.GetRequiredService<CliEnvironment>().Console.Out;
            var chosen = knowledge.LoadSituation(parse.GetValue(situation));
            var schema = knowledge.Knowledge.RuleBase.Schema;
            IReadOnlyList<WhatIfEdit> edits;
            try
            {
                edits = [.. sets.SelectMany(s => WhatIfEdit.ParseSet(s, chosen, schema)), .. retracts.SelectMany(r => WhatIfEdit.ParseRetract(r, chosen, schema))];
            }
            catch (WhatIfInputException e)
            {
                throw CliException.Usage(e.Message);
            }

            var result = new WhatIf(knowledge.Knowledge.Advisor).Apply(chosen, edits, parse.GetValue(asOf));
            if (parse.GetValue(format) == "json")
            {
                var side = new ChangeJson.Side(knowledge.Display(chosen.File), knowledge.Display(knowledge.Paths.Rules));
                ChangeJson.WriteWhatIf(output, side, sets, retracts, result.Changes, knowledge.Knowledge.RuleBase);
                return ExitCodes.Success;
            }

            output.WriteLine($"What if, against {chosen.Title} ({knowledge.Display(chosen.File)}):");
            foreach (var text in sets)
            {
                output.WriteLine($"  set {text}");
            }

            foreach (var text in retracts)
            {
                output.WriteLine($"  retract {text}");
            }

            output.WriteLine();
            ChangeWriter.Write(output, result.Changes, knowledge.Knowledge.RuleBase, knowledge.Knowledge.RuleBase);
            return ExitCodes.Success;
        }));
        return command;
    }
}
