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
        var path = nameOrPath is null
            ? paths.Baseline
            : ResolveSituation(nameOrPath);
        if (!File.Exists(path))
        {
            throw CliException.Usage($"situation '{nameOrPath ?? "baseline"}' not found (a file, or one of: {string.Join(", ", ShippedSituations())}).");
        }

        var diagnostics = new DiagnosticBag();
        var situation = Knowledge.Situations.Load(path, diagnostics);
        Report(diagnostics, "situation");
        return situation!;
    }

    /// <summary>Names of the situations shipped in the seeds folder.</summary>
    public IReadOnlyList<string> ShippedSituations() => Directory.Exists(paths.Situations)
        ? Directory.EnumerateFiles(paths.Situations, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToArray()
        : [];

    /// <summary>Prints diagnostics; throws exit code 3 when any is an error.</summary>
    public void Report(DiagnosticBag diagnostics, string what)
    {
        foreach (var diagnostic in diagnostics.Sorted())
        {
            var shown = diagnostic.File.Length == 0 ? diagnostic : diagnostic with { File = Display(diagnostic.File) };
            if (diagnostic.IsError)
            {
                environment.Console.Error.WriteLine(shown.ToString());
            }
            else
            {
                log.Debug("{Diagnostic}", shown.ToString());
            }
        }

        if (diagnostics.HasErrors)
        {
            throw CliException.InvalidInput($"the {what} has {diagnostics.ErrorCount} error(s); see above.");
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

    private string ResolveSituation(string nameOrPath)
    {
        var path = Path.GetFullPath(nameOrPath, environment.WorkingDirectory);
        if (File.Exists(path))
        {
            return path;
        }

        var shipped = Path.Combine(paths.Situations, nameOrPath.EndsWith(".yaml", StringComparison.Ordinal) ? nameOrPath : nameOrPath + ".yaml");
        return File.Exists(shipped) ? shipped : path;
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
