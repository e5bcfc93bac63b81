using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Advice.Explaining;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Knowledge;
using PolicyAdvisor.Cli.Output;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Commands;

/// <summary><c>explain ID</c>: the proof tree behind a conclusion, or why an option was not recommended.</summary>
internal sealed class ExplainCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Create(CommandRunner runner)
    {
        var id = new Argument<string>("id") { Description = "An option, risk, trade-off, derived fact type or rule id." };
        var situation = CommonOptions.Situation();
        var asOf = CommonOptions.AsOf();
        var whyNot = new Option<bool>("--why-not") { Description = "For an option: whether it is recommended and by which rules and facts; if not, each rule that could have drawn it, the first premise that failed and the fact values that failed it." };
        var command = new Command("explain", "Show which rules concluded ID, on which facts (file:line, confidence, claims), down to the situation.")
        {
            id, situation, asOf, whyNot,
        };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var knowledge = services.GetRequiredService<KnowledgeLoader>();
            var console = services.GetRequiredService<CliConsole>();
            var run = knowledge.Knowledge.Advisor.Run(knowledge.LoadSituation(parse.GetValue(situation)), parse.GetValue(asOf));
            var explainer = new Explainer(run, knowledge.Display);
            var wanted = parse.GetValue(id)!;
            if (!explainer.KnownIds().Contains(wanted, StringComparer.Ordinal))
            {
                throw CliException.Usage($"'{wanted}' is not an option, risk, trade-off, derived type or rule id{Suggest.DidYouMean(wanted, explainer.KnownIds())}");
            }

            var isOption = knowledge.Knowledge.RuleBase.Options.Find(wanted) is not null || explainer.RulesRecommending(wanted).Count > 0;
            if (parse.GetValue(whyNot) && isOption)
            {
                WriteVerdict(console, explainer.WhyNot(wanted), run.Situation.Title);
                return ExitCodes.Success;
            }

            var trees = explainer.Explain(wanted);
            foreach (var tree in trees)
            {
                ProofTreeWriter.Write(console, tree);
            }

            if (trees.Count == 0)
            {
                if (isOption)
                {
                    WriteVerdict(console, explainer.WhyNot(wanted), run.Situation.Title);
                }
                else
                {
                    console.Out.WriteLine($"{wanted} was not concluded in '{run.Situation.Title}'.");
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteVerdict(CliConsole console, OptionVerdict verdict, string situation)
    {
        var output = console.Out;
        if (!verdict.HasRules)
        {
            output.WriteLine($"{verdict.OptionId} is not recommended in '{situation}': no rule recommends it.");
            return;
        }

        if (verdict.IsRecommended)
        {
            var rules = string.Join(", ", verdict.DrawnBy.Select(d => d.RuleId));
            output.WriteLine($"{verdict.OptionId} is recommended in '{situation}', by {Count(verdict.DrawnBy.Count, "rule")}: {rules}.");
            foreach (var drawing in verdict.DrawnBy)
            {
                output.WriteLine($"  rule {drawing.RuleId} ({drawing.File}:{drawing.Line}), strength {drawing.Strength}, on:");
                foreach (var fact in drawing.Facts)
                {
                    var values = string.Join(", ", fact.Fields.Select(f => $"{f.Name}={f.Value}"));
                    output.WriteLine($"    {fact.Type} {fact.Id}: {values} ({fact.File}:{fact.Line})");
                }
            }

            if (verdict.NotDrawnBy.Count > 0)
            {
                output.WriteLine($"Other rules that recommend {verdict.OptionId} did not fire:");
            }
        }
        else
        {
            output.WriteLine($"{verdict.OptionId} is not recommended in '{situation}': no rule that recommends it fired.");
        }

        foreach (var failure in verdict.NotDrawnBy)
        {
            output.WriteLine($"  rule {failure.RuleId} ({failure.File}:{failure.Line})");
            output.WriteLine($"    failed premise: {failure.Premise}");
            output.WriteLine($"    because: {failure.Detail}");
        }
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
