using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Advice.Testing;
using PolicyAdvisor.Cli.Authoring;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Knowledge;
using PolicyAdvisor.Cli.Output;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Commands;

/// <summary><c>sources list|show|check</c>: the source digests and who cites their claims.</summary>
internal sealed class SourcesCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Create(CommandRunner runner) => new("sources", "Inspect and check the source digests and their citations.")
    {
        List(runner), Show(runner), Check(runner),
    };

    private static Command List(CommandRunner runner)
    {
        var format = Listing.FormatOption();
        var command = new Command("list", "List every source digest: id, publisher, author, date, title, number of claims. On a terminal long values are cut; --format json gives them whole.") { format };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var sources = services.GetRequiredService<KnowledgeLoader>().Knowledge.RuleBase.Sources.Sources;
            var rows = sources.Select(s => (IReadOnlyList<string>)
                [s.Id, s.Publisher, s.Author, s.Date, s.Title, s.Claims.Count.ToString(CultureInfo.InvariantCulture)]).ToArray();
            TableColumn[] columns = [new("id"), new("publisher", CellFit.Truncate), new("author", CellFit.Truncate), new("date", CellFit.Truncate), new("title", CellFit.Truncate), new("claims", IsNumber: true)];
            Listing.Write(services.GetRequiredService<CliConsole>(), parse.GetValue(format)!, "sources list", columns, rows);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Show(CommandRunner runner)
    {
        var claimId = new Argument<string>("claim") { Description = "A claim id such as dunbar-2026#9." };
        var command = new Command("show", "Show one claim: paraphrase, kind, locator, source, and the rules, options and situation facts citing it.") { claimId };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var knowledge = services.GetRequiredService<KnowledgeLoader>();
            var kb = knowledge.Knowledge;
            var wanted = parse.GetValue(claimId)!;
            var claim = kb.RuleBase.Sources.FindClaim(wanted)
                ?? throw CliException.Usage($"no claim '{wanted}' in the digests{Suggest.DidYouMean(wanted, kb.RuleBase.Sources.Claims.Select(c => c.Id))}.");
            var situations = KnowledgeCheck.LoadSituations(kb.RuleBase, kb.SituationsDirectory, new DiagnosticBag());
            ClaimDescriber.Write(services.GetRequiredService<CliConsole>().Out, claim, kb.RuleBase, situations, knowledge.Display);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Check(CommandRunner runner) => DiagnosticReport.CheckCommand(
        runner,
        "Check citations: a claim no digest holds is an error, a claim nothing cites is a warning; exit 3 on errors.",
        (result, paths) =>
        {
            var sourcesFolder = Path.GetFullPath(paths.Sources) + Path.DirectorySeparatorChar;
            var relevant = result.Diagnostics.Where(d =>
                d.Code is DiagnosticCodes.UnknownClaim or DiagnosticCodes.UnusedClaim ||
                Path.GetFullPath(d.File).StartsWith(sourcesFolder, StringComparison.Ordinal));
            var sources = result.RuleBase.Sources;
            return (relevant, string.Create(CultureInfo.InvariantCulture, $"sources check ({sources.Sources.Count} digests, {sources.Claims.Count()} claims)"));
        });
}
