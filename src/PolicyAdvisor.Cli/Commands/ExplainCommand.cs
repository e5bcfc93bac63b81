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
        var whyNot = new Option<bool>("--why-not") { Description = "For an option not recommended: each rule that could have recommended it and the first premise that failed." };
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

            var trees = parse.GetValue(whyNot) ? [] : explainer.Explain(wanted);
            foreach (var tree in trees)
            {
                ProofTreeWriter.Write(console, tree);
            }

            if (trees.Count == 0)
            {
                WriteWhyNot(console, explainer, wanted, run.Situation.Title);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteWhyNot(CliConsole console, Explainer explainer, string id, string situation)
    {
        var rules = explainer.RulesRecommending(id);
        var failures = explainer.WhyNot(id);
        if (rules.Count == 0)
        {
            console.Out.WriteLine($"{id} was not concluded in '{situation}'.");
            return;
        }

        console.Out.WriteLine(failures.Count == 0
            ? $"{id} is recommended in '{situation}': every rule that recommends it has its premises met."
            : $"{id} is not recommended in '{situation}':");
        foreach (var failure in failures)
        {
            console.Out.WriteLine($"  rule {failure.RuleId} ({failure.File}:{failure.Line})");
            console.Out.WriteLine($"    failed premise: {failure.Premise}");
            console.Out.WriteLine($"    because: {failure.Detail}");
        }
    }
}
