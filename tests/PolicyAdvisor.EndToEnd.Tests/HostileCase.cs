using PolicyAdvisor.EndToEnd.Tests.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.EndToEnd.Tests;

/// <summary>
/// One case of the adversarial corpus: a folder under <c>Corpus/</c> whose files are laid over a copy of the
/// shipped rules, seeds and templates, plus a <c>case.yaml</c> saying how to run the CLI and what it must answer.
/// </summary>
/// <param name="Name">The folder name.</param>
/// <param name="Folder">Full path of the case folder.</param>
/// <param name="Args">Command line, relative paths resolving in the case's working folder.</param>
/// <param name="ExitCode">Expected exit code.</param>
/// <param name="Stderr">Regexes that must each match some line of standard error.</param>
/// <param name="Stdout">Regex standard output must match, if any.</param>
/// <param name="Generate">Inputs made at test time (too big, too odd or too binary to commit).</param>
/// <param name="Existing">Output files that exist before the run, holding a sentinel text.</param>
/// <param name="Writes">Files the run may create or change; every other file must keep its bytes.</param>
/// <param name="MaxStderrLines">The most lines standard error may hold, when the case bounds it.</param>
internal sealed record HostileCase(
    string Name,
    string Folder,
    IReadOnlyList<string> Args,
    int ExitCode,
    IReadOnlyList<string> Stderr,
    string? Stdout,
    IReadOnlyList<GeneratedInput> Generate,
    IReadOnlyList<string> Existing,
    IReadOnlyList<string> Writes,
    int? MaxStderrLines)
{
    /// <summary>The folder holding every case.</summary>
    public static string CorpusFolder { get; } = Path.Combine(CliProcess.RepositoryRoot, "tests", "PolicyAdvisor.EndToEnd.Tests", "Corpus");

    /// <summary>Names of every case folder, in ordinal order.</summary>
    public static IEnumerable<string> Names() => Directory.EnumerateDirectories(CorpusFolder)
        .Select(Path.GetFileName)
        .OfType<string>()
        .Order(StringComparer.Ordinal);

    /// <summary>Reads a case's <c>case.yaml</c>; a malformed one fails the test with the reader's diagnostics.</summary>
    public static HostileCase Load(string name)
    {
        var folder = Path.Combine(CorpusFolder, name);
        var bag = new DiagnosticBag();
        if (GuardedYamlReader.ReadFile(Path.Combine(folder, "case.yaml"), bag) is not YamlMapping root || bag.HasErrors)
        {
            throw new InvalidDataException($"case {name}: case.yaml unreadable: {string.Join("; ", bag.Sorted())}");
        }

        return new HostileCase(
            name,
            folder,
            Strings(root["args"]),
            int.Parse(Text(root["exit"]) ?? throw new InvalidDataException($"case {name}: no 'exit'"), System.Globalization.CultureInfo.InvariantCulture),
            Strings(root["stderr"]),
            Text(root["stdout"]),
            Items(root["generate"]).OfType<YamlMapping>().Select(GeneratedInput.Read).ToArray(),
            Strings(root["existing"]),
            Strings(root["writes"]),
            Text(root["max_stderr_lines"]) is { } max ? int.Parse(max, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    private static string? Text(YamlNode? node) => (node as YamlScalar)?.Value;

    private static IReadOnlyList<YamlNode> Items(YamlNode? node) => node switch
    {
        YamlSequence sequence => sequence.Items,
        null => [],
        _ => [node],
    };

    private static IReadOnlyList<string> Strings(YamlNode? node) => Items(node).OfType<YamlScalar>().Select(s => s.Value).ToArray();
}

/// <summary>An input file written at test time: <c>{ kind: ..., path: ..., from: ..., count: ... }</c> in case.yaml.</summary>
/// <param name="Kind">What to write (see <see cref="HostileInputs"/>).</param>
/// <param name="Path">Where, relative to the working folder.</param>
/// <param name="From">For conversions and links, the file to start from (relative to the working folder).</param>
/// <param name="Count">For generated situations, how many facts; for sparse files, how many bytes.</param>
internal sealed record GeneratedInput(string Kind, string Path, string? From, long Count)
{
    /// <summary>Reads one entry.</summary>
    public static GeneratedInput Read(YamlMapping entry) => new(
        (entry["kind"] as YamlScalar)?.Value ?? throw new InvalidDataException("generate: no kind"),
        (entry["path"] as YamlScalar)?.Value ?? throw new InvalidDataException("generate: no path"),
        (entry["from"] as YamlScalar)?.Value,
        (entry["count"] as YamlScalar)?.Value is { } count ? long.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 0);
}
