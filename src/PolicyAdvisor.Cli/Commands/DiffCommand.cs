using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Cli.Analysis;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Knowledge;
using Serilog;

namespace PolicyAdvisor.Cli.Commands;

/// <summary>
/// <c>diff</c>: compares the advice of two runs, two situations or one situation under two rule folders. Exits 1
/// when they differ, so it can gate a rule change in CI.
/// </summary>
internal sealed class DiffCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Create(CommandRunner runner)
    {
        var first = new Argument<string?>("A") { Description = "First situation (file or shipped name). Default: the baseline.", Arity = ArgumentArity.ZeroOrOne };
        var second = new Argument<string?>("B") { Description = "Second situation. Default: the same as A.", Arity = ArgumentArity.ZeroOrOne };
        var rulesA = new Option<DirectoryInfo?>("--rules-a") { Description = "Rules folder for A. Default: --rules." };
        var rulesB = new Option<DirectoryInfo?>("--rules-b") { Description = "Rules folder for B. Default: --rules." };
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.TextOrJson();
        var command = new Command("diff", "Compare the advice of two runs: recommendations added, removed or changed in strength, with the rules responsible. Exit 0 when equal, 1 when they differ.")
        {
            first, second, rulesA, rulesB, asOf, format,
        };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var knowledge = services.GetRequiredService<KnowledgeLoader>();
            var environment = services.GetRequiredService<CliEnvironment>();
            var log = services.GetRequiredService<ILogger>();
            var nameA = parse.GetValue(first);
            var nameB = parse.GetValue(second) ?? nameA;
            var loaderA = For(parse.GetValue(rulesA), knowledge, environment, log);
            var loaderB = For(parse.GetValue(rulesB), knowledge, environment, log);
            if (nameA == nameB && ReferenceEquals(loaderA, loaderB))
            {
                throw CliException.Usage("diff needs two different runs: two situations, or --rules-a and --rules-b.");
            }

            var date = parse.GetValue(asOf);
            var situationA = loaderA.LoadSituation(nameA);
            var situationB = loaderB.LoadSituation(nameB);
            var before = AdviceSnapshot.Of(loaderA.Knowledge.Advisor.Run(situationA, date, traced: false));
            var after = AdviceSnapshot.Of(loaderB.Knowledge.Advisor.Run(situationB, date, traced: false));
            var changes = AdviceComparer.Compare(before, after);
            var output = environment.Console.Out;
            var a = new ChangeJson.Side(knowledge.Display(situationA.File), knowledge.Display(loaderA.Paths.Rules));
            var b = new ChangeJson.Side(knowledge.Display(situationB.File), knowledge.Display(loaderB.Paths.Rules));
            if (parse.GetValue(format) == "json")
            {
                ChangeJson.WriteDiff(output, a, b, changes, loaderA.Knowledge.RuleBase, loaderB.Knowledge.RuleBase);
            }
            else
            {
                output.WriteLine($"A: {a.Situation} with rules {a.Rules}");
                output.WriteLine($"B: {b.Situation} with rules {b.Rules}");
                output.WriteLine();
                ChangeWriter.Write(output, changes, loaderA.Knowledge.RuleBase, loaderB.Knowledge.RuleBase);
            }

            return changes.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        }));
        return command;
    }

    // A rules folder other than the default gets its own loader, so each side reads and validates its own rules.
    private static KnowledgeLoader For(DirectoryInfo? rules, KnowledgeLoader shared, CliEnvironment environment, ILogger log) =>
        rules is null
            ? shared
            : new KnowledgeLoader(shared.Paths with { Rules = environment.Locate(rules, "rules") }, environment, log);
}
