using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Testing;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Rules;
using Serilog;

namespace PolicyAdvisor.Cli.Knowledge;

/// <summary>
/// Loads the knowledge base and situations for a command, once per invocation. Errors are printed one per line
/// as <c>file(line,col): error CODE: message</c> and end the command with exit code 3.
/// </summary>
internal sealed class KnowledgeLoader(KnowledgePaths paths, CliEnvironment environment, ILogger log)
{
    // A file of 900,000 broken facts is read whole, but a terminal needs the first errors, not all of them.
    private const int MaxPrintedErrors = 100;

    private KnowledgeBase? _knowledge;

    /// <summary>The folders in use.</summary>
    public KnowledgePaths Paths => paths;

    /// <summary>The knowledge base; loads and validates it on first use.</summary>
    public KnowledgeBase Knowledge => _knowledge ??= LoadKnowledge();

    /// <summary>Maps a path to what the user sees: relative to the working folder when inside it.</summary>
    public string Display(string path) => environment.Display(Path.GetFullPath(path, environment.WorkingDirectory));

    /// <summary>
    /// Maps a path to what a memo or other saved output shows, the same on any machine and from any folder: a file
    /// of the rules or seeds folder as <c>rules/...</c> or <c>seeds/...</c> (the names of the shipped copies),
    /// another file relative to the working folder when inside it, else by its name alone. Never absolute.
    /// </summary>
    public string SourcePath(string path)
    {
        var full = Path.GetFullPath(path, environment.WorkingDirectory);
        foreach (var (root, name) in new[] { (paths.Rules, "rules"), (paths.Seeds, "seeds") })
        {
            var relative = Path.GetRelativePath(Path.GetFullPath(root, environment.WorkingDirectory), full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative == "." ? name : name + "/" + relative.Replace('\\', '/');
            }
        }

        var shown = environment.Display(full);
        return Path.IsPathRooted(shown) ? Path.GetFileName(full) : shown;
    }

    /// <summary>
    /// Loads a situation: a path (relative to the working folder), the stem of a shipped situation such as
    /// <c>referendum-passed</c>, or the baseline when null.
    /// </summary>
    public Situation LoadSituation(string? nameOrPath)
    {
        var (path, folder) = nameOrPath is null
            ? (paths.Baseline, paths.Situations)
            : ResolveSituation(nameOrPath);
        if (!File.Exists(path))
        {
            throw CliException.Usage($"situation '{nameOrPath ?? "baseline"}' not found (a file, or one of: {string.Join(", ", ShippedSituations())}).");
        }

        var diagnostics = new DiagnosticBag();
        var situation = Knowledge.Situations.Load(path, diagnostics, folder);
        Report(diagnostics, "situation");
        return situation!;
    }

    /// <summary>Names of the situations shipped in the seeds folder.</summary>
    public IReadOnlyList<string> ShippedSituations() => Directory.Exists(paths.Situations)
        ? Directory.EnumerateFiles(paths.Situations, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToArray()
        : [];

    /// <summary>
    /// Prints the first errors (at most 100, in file order) and logs the warnings; throws exit code 3 when any is
    /// an error, its one-line message saying how many there were in all.
    /// </summary>
    public void Report(DiagnosticBag diagnostics, string what)
    {
        var printed = 0;
        foreach (var diagnostic in diagnostics.Sorted())
        {
            var shown = diagnostic.File.Length == 0 ? diagnostic : diagnostic with { File = Display(diagnostic.File) };
            if (!diagnostic.IsError)
            {
                log.Debug("{Diagnostic}", shown.ToString());
            }
            else if (printed++ < MaxPrintedErrors)
            {
                environment.Console.Error.WriteLine(shown.ToString());
            }
        }

        if (diagnostics.HasErrors)
        {
            var count = diagnostics.ErrorCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            throw CliException.InvalidInput(diagnostics.ErrorCount > MaxPrintedErrors
                ? $"the {what} has {count} error(s); the first {MaxPrintedErrors} are shown above."
                : $"the {what} has {count} error(s); see above.");
        }
    }

    /// <summary>
    /// Reports a run that stopped on a budget or a failing condition or action, at the place in the rules (or
    /// situation) it names, and throws exit code 3.
    /// </summary>
    public void ReportRunFailure(RuleRunException failure)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Add(failure.Diagnostic);
        Report(diagnostics, "run");
    }

    // A path may be anywhere the user points; a shipped name must stay inside the situations folder.
    private (string Path, string? Folder) ResolveSituation(string nameOrPath)
    {
        var path = Path.GetFullPath(nameOrPath, environment.WorkingDirectory);
        if (File.Exists(path))
        {
            return (path, null);
        }

        var shipped = Path.Combine(paths.Situations, nameOrPath.EndsWith(".yaml", StringComparison.Ordinal) ? nameOrPath : nameOrPath + ".yaml");
        return File.Exists(shipped) ? (shipped, paths.Situations) : (path, null);
    }

    private KnowledgeBase LoadKnowledge()
    {
        var diagnostics = new DiagnosticBag();

        // A rule base alone cannot tell which claims are unused: situations and rule tests cite claims too. The
        // verbose log shows what 'sources check' reports, from the same computation, or nothing.
        var knowledge = KnowledgeBase.Load(paths.Rules, paths.Seeds, diagnostics, new RuleBaseLoadOptions { WarnUnusedClaims = false });
        Report(diagnostics, "rule base");
        if (log.IsEnabled(Serilog.Events.LogEventLevel.Debug))
        {
            foreach (var unused in KnowledgeCheck.Run(paths.Rules, paths.Seeds).Diagnostics.Where(d => d.Code == DiagnosticCodes.UnusedClaim))
            {
                log.Debug("{Diagnostic}", (unused with { File = Display(unused.File) }).ToString());
            }
        }

        log.Debug("Loaded {Rules} rules from {Folder}", knowledge!.RuleBase.Rules.Count, Display(paths.Rules));
        return knowledge;
    }
}
