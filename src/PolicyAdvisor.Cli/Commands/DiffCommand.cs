using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Cli.Analysis;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Knowledge;
using Serilog;

namespace PolicyAdvisor.Cli.Commands;

/// <summary>
/// <c>diff</c>: compares the advice of two runs: two situations, one situation under two rule folders, or every
/// situation under two rule folders (the check a rule change goes through in CI). Exits 0 when the advice is the
/// same, 1 when it differs.
/// </summary>
internal sealed class DiffCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Create(CommandRunner runner)
    {
        var first = new Argument<string?>("A") { Description = "First situation (file or shipped name), or a rules folder to compare with B's.", Arity = ArgumentArity.ZeroOrOne };
        var second = new Argument<string?>("B") { Description = "Second situation, or the second rules folder.", Arity = ArgumentArity.ZeroOrOne };
        var rulesA = new Option<DirectoryInfo?>("--rules-a") { Description = "Rules folder for A (the old rules). Default: --rules." };
        var rulesB = new Option<DirectoryInfo?>("--rules-b") { Description = "Rules folder for B (the new rules). Default: --rules." };
        var situations = new Option<DirectoryInfo?>("--situations") { Description = "With two rules folders and no situation: also run the situations (*.yaml) in this folder." };
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.TextOrJson();
        var command = new Command(
            "diff",
            "Compare the advice of two runs: recommendations, risks and trade-offs added, removed or changed, with the rules responsible. "
            + "'diff A B' compares two situations; 'diff OLD_RULES NEW_RULES' or 'diff --rules-a OLD --rules-b NEW' runs every shipped situation "
            + "(and those under --situations) under both. Exit 0 when equal, 1 when they differ.")
        {
            first, second, rulesA, rulesB, situations, asOf, format,
        };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var knowledge = services.GetRequiredService<KnowledgeLoader>();
            var environment = services.GetRequiredService<CliEnvironment>();
            var log = services.GetRequiredService<ILogger>();
            var request = DiffRequest.From(parse.GetValue(first), parse.GetValue(second), parse.GetValue(rulesA), parse.GetValue(rulesB), environment);
            var loaderA = For(request.RulesA, knowledge, environment, log);
            var loaderB = For(request.RulesB, knowledge, environment, log);
            var extra = parse.GetValue(situations);
            if (extra is not null && !request.AllSituations)
            {
                throw CliException.Usage("--situations goes with two rules folders and no situation: it adds situations to run under both.");
            }

            var json = parse.GetValue(format) == "json";
            return request.AllSituations
                ? DiffAll(environment, knowledge, loaderA, loaderB, Situations(knowledge, environment, extra), parse.GetValue(asOf), json)
                : DiffOne(environment, knowledge, loaderA, loaderB, request.SituationA, request.SituationB, parse.GetValue(asOf), json);
        }));
        return command;
    }

    private static int DiffOne(CliEnvironment environment, KnowledgeLoader knowledge, KnowledgeLoader loaderA, KnowledgeLoader loaderB, string? nameA, string? nameB, DateTime? date, bool json)
    {
        var situationA = loaderA.LoadSituation(nameA);
        var situationB = loaderB.LoadSituation(nameB);
        var changes = Compare(loaderA, loaderB, situationA, situationB, date);
        var output = environment.Console.Out;
        var a = new ChangeJson.Side(knowledge.Display(situationA.File), knowledge.Display(loaderA.Paths.Rules));
        var b = new ChangeJson.Side(knowledge.Display(situationB.File), knowledge.Display(loaderB.Paths.Rules));
        if (json)
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
    }

    private static int DiffAll(CliEnvironment environment, KnowledgeLoader knowledge, KnowledgeLoader loaderA, KnowledgeLoader loaderB, IReadOnlyList<string> files, DateTime? date, bool json)
    {
        var results = files
            .Select(file => (Situation: knowledge.Display(file), Changes: Compare(loaderA, loaderB, loaderA.LoadSituation(file), loaderB.LoadSituation(file), date)))
            .ToArray();
        var output = environment.Console.Out;
        var before = loaderA.Knowledge.RuleBase;
        var after = loaderB.Knowledge.RuleBase;
        var rulesA = knowledge.Display(loaderA.Paths.Rules);
        var rulesB = knowledge.Display(loaderB.Paths.Rules);
        if (json)
        {
            ChangeJson.WriteDiffAll(output, rulesA, rulesB, results, before, after);
        }
        else
        {
            output.WriteLine($"A: rules {rulesA}");
            output.WriteLine($"B: rules {rulesB}");
            foreach (var (situation, changes) in results)
            {
                output.WriteLine();
                output.WriteLine(changes.Count == 0 ? $"{situation}: no change" : $"{situation}:");
                if (changes.Count > 0)
                {
                    ChangeWriter.Write(output, changes, before, after, "  ");
                }
            }

            output.WriteLine();
            output.WriteLine($"{results.Count(r => r.Changes.Count > 0)} of {results.Length} situation(s) changed.");
        }

        return results.Any(r => r.Changes.Count > 0) ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static IReadOnlyList<AdviceChange> Compare(KnowledgeLoader loaderA, KnowledgeLoader loaderB, Situation situationA, Situation situationB, DateTime? date)
    {
        var before = AdviceSnapshot.Of(loaderA.Knowledge.Advisor.Run(situationA, date, traced: false));
        var after = AdviceSnapshot.Of(loaderB.Knowledge.Advisor.Run(situationB, date, traced: false));
        return AdviceComparer.Compare(before, after);
    }

    // The shipped situations first, then those of --situations, each folder in ordinal order.
    private static IReadOnlyList<string> Situations(KnowledgeLoader knowledge, CliEnvironment environment, DirectoryInfo? extra)
    {
        var shipped = knowledge.ShippedSituations().Select(name => Path.Combine(knowledge.Paths.Situations, name + ".yaml"));
        if (extra is null)
        {
            return shipped.ToArray();
        }

        var folder = environment.Locate(extra, "situations");
        var added = Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToArray();
        if (added.Length == 0)
        {
            throw CliException.Usage($"--situations '{extra}' holds no *.yaml situation files.");
        }

        return shipped.Concat(added).Distinct(StringComparer.Ordinal).ToArray();
    }

    // A rules folder other than the default gets its own loader, so each side reads and validates its own rules.
    private static KnowledgeLoader For(string? rules, KnowledgeLoader shared, CliEnvironment environment, ILogger log) =>
        rules is null
            ? shared
            : new KnowledgeLoader(shared.Paths with { Rules = rules }, environment, log);
}
