using System.CommandLine;
using System.CommandLine.Parsing;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Output;

/// <summary>
/// Checks the outputs of a command line (<c>--out</c>, <c>--log-file</c>) before anything is read or written,
/// so that no output can land on an input. An output is refused (exit 2) when its real path (every symbolic
/// link resolved) is a file the run may read: a file named on the command line, a situation it may extend
/// (a <c>*.yaml</c> beside it), or an existing file in the rules, seeds or templates folder or in a folder named
/// on the command line. It is refused, too, when it exists and is not a regular file (a link, device, FIFO or
/// folder), and a folder output when it would swallow an input.
/// </summary>
internal static class OutputGuard
{
    private const string OutName = "--out";

    private static readonly StringComparison PathComparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Throws a usage error for the first output that would clobber an input or a special file.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="globals">The global options (for <c>--log-file</c>, <c>--rules</c>, <c>--seeds</c>).</param>
    /// <param name="environment">The working folder and the install folder.</param>
    /// <remarks>A folder output's own contents are checked by the command, which knows the files it writes.</remarks>
    public static void Check(ParseResult parse, GlobalOptions globals, CliEnvironment environment)
    {
        var log = parse.GetResult(globals.LogFile);
        var @out = parse.CommandResult.Children.OfType<OptionResult>().FirstOrDefault(r => r.Option.Name == OutName && !r.Implicit);
        var outputs = new[] { (Result: log, Name: "--log-file"), (Result: @out, Name: OutName) }
            .Where(o => o.Result is { Tokens.Count: > 0 })
            .Select(o => (o.Name, Token: o.Result!.Tokens[0], IsFolder: o.Result is OptionResult { Option.ValueType: var type } && type == typeof(DirectoryInfo)))
            .ToArray();
        if (outputs.Length == 0)
        {
            return;
        }

        var inputs = Inputs(parse, globals, environment, outputs.Select(o => o.Token).ToArray());
        var seen = new List<string>();
        foreach (var (name, token, isFolder) in outputs)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(token.Value, environment.WorkingDirectory));
            var shown = $"{name} {token.Value}";
            var real = RealPath.Of(full) ?? full;
            if (seen.Exists(s => string.Equals(s, real, PathComparison)))
            {
                throw CliException.Usage($"{shown}: refused: another output of this run writes there.");
            }

            seen.Add(real);
            if (isFolder)
            {
                if (inputs.Files.Concat(inputs.Folders).FirstOrDefault(i => Same(i, real) || RealPath.Contains(real, i) || (Directory.Exists(real) && RealPath.Contains(i, real))) is { } swallowed)
                {
                    throw CliException.Usage($"{shown}: refused: replacing that folder would touch '{environment.Display(swallowed)}', an input of this run.");
                }

                continue;
            }

            AtomicFile.RequireReplaceable(shown, full);
            if (inputs.Files.Exists(i => Same(i, real)) || (File.Exists(real) && inputs.Folders.Exists(f => RealPath.Contains(f, real))))
            {
                throw CliException.Usage($"{shown}: refused: it is an input of this run; choose another path.");
            }
        }
    }

    private static (List<string> Files, List<string> Folders) Inputs(ParseResult parse, GlobalOptions globals, CliEnvironment environment, IReadOnlyList<Token> outputs)
    {
        var files = new List<string>();
        var folders = new List<string>();
        void Add(string path)
        {
            if (RealPath.Of(path) is not { } real)
            {
                return;
            }

            if (Directory.Exists(real))
            {
                folders.Add(real);
            }
            else if (File.Exists(real))
            {
                files.Add(real);

                // A situation may extend any *.yaml beside it (a stem, never a path).
                if (real.EndsWith(".yaml", StringComparison.Ordinal) && Path.GetDirectoryName(real) is { } folder)
                {
                    files.AddRange(Directory.EnumerateFiles(folder, "*.yaml").Select(f => RealPath.Of(f) ?? f));
                }
            }
        }

        foreach (var token in parse.Tokens.Where(t => t.Type == TokenType.Argument && !outputs.Any(o => ReferenceEquals(o, t))))
        {
            Add(Path.GetFullPath(token.Value, environment.WorkingDirectory));
        }

        foreach (var (option, name) in new[] { (parse.GetValue(globals.Rules), "rules"), (parse.GetValue(globals.Seeds), "seeds"), (null, "templates") })
        {
            try
            {
                Add(environment.Locate(option, name));
            }
            catch (CliException)
            {
                // A folder that cannot be found is reported by the command that needs it.
            }
        }

        return (files, folders);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, PathComparison);
}
