using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PolicyAdvisor.Advice.Testing;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Authoring;

/// <summary>
/// Prints the outcome of a check (<c>rules check</c>, <c>sources check</c>) as text with source excerpts and carets,
/// or as JSON for editors and CI, and turns errors into exit code 3.
/// </summary>
internal static class DiagnosticReport
{
    /// <summary>
    /// A <c>check</c> subcommand with <c>--format text|json</c>: runs <see cref="KnowledgeCheck"/> and reports the
    /// diagnostics <paramref name="select"/> keeps, under the closing-line label it returns.
    /// </summary>
    public static Command CheckCommand(CommandRunner runner, string description, Func<KnowledgeCheckResult, KnowledgePaths, (IEnumerable<Diagnostic> Diagnostics, string What)> select)
    {
        var format = new Option<string>("--format") { Description = "text (with the offending line and a caret) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", description) { format };
        command.SetAction(parse => runner.Run(parse, services =>
        {
            var paths = services.GetRequiredService<KnowledgePaths>();
            var (diagnostics, what) = select(KnowledgeCheck.Run(paths.Rules, paths.Seeds), paths);
            return Write(services.GetRequiredService<CliEnvironment>(), diagnostics, parse.GetValue(format)!, what);
        }));
        return command;
    }

    /// <summary>
    /// Writes <paramref name="diagnostics"/> (paths shown relative to the working folder) and, for text, a closing
    /// line <c>&lt;what&gt;: N error(s), N warning(s)</c>. Returns 3 when any is an error, else 0.
    /// </summary>
    public static int Write(CliEnvironment environment, IEnumerable<Diagnostic> diagnostics, string format, string what)
    {
        // Errors first (each group in file order): a warning is often a consequence of an error, never its cause.
        var shown = diagnostics.Select(d => d with { File = environment.Display(d.File) }).OrderBy(d => d.IsError ? 0 : 1).ToArray();
        var output = environment.Console.Out;
        if (format == "json")
        {
            output.Write(DiagnosticFormatter.FormatJson(shown));
        }
        else
        {
            // The formatter closes with its own count line; ours names what was checked instead.
            var text = DiagnosticFormatter.FormatText(shown, file => ReadLines(environment, file));
            var body = text.TrimEnd('\n');
            var cut = body.LastIndexOf('\n');
            output.Write(cut < 0 ? string.Empty : body[..(cut + 1)]);
            output.WriteLine($"{what}: {shown.Count(d => d.IsError)} error(s), {shown.Count(d => !d.IsError)} warning(s)");
        }

        return shown.Any(d => d.IsError) ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    private static IReadOnlyList<string>? ReadLines(CliEnvironment environment, string file) =>
        DiagnosticFormatter.ReadLines(Path.GetFullPath(file, environment.WorkingDirectory));
}
