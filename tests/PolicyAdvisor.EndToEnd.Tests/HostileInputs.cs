using System.Text;
using PolicyAdvisor.Tests.Shared;

namespace PolicyAdvisor.EndToEnd.Tests;

/// <summary>
/// Writes the corpus inputs that are made at test time rather than committed: too large (50 MB, a sparse 1.5 GB
/// partial, 100,000 facts), too deep (10,000 levels), exponential (billion laughs), binary (invalid UTF-8),
/// special files (a FIFO, a bound socket), conversions of shipped files (byte-order mark with CRLF line ends)
/// and links that point outside their folder. A special file replaces a shipped file of the same name.
/// </summary>
internal static class HostileInputs
{
    private const string Head = "title: Generated\nas_of: 2026-02-15\n";

    /// <summary>
    /// Writes <paramref name="input"/> inside <paramref name="workingFolder"/>; returns what must stay alive
    /// while the case runs (a bound socket), or null.
    /// </summary>
    public static IDisposable? Write(GeneratedInput input, string workingFolder)
    {
        var path = Path.Combine(workingFolder, input.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (input.Kind is "fifo" or "socket" or "symlink" or "sparse-file" && File.Exists(path))
        {
            // A special file takes the place of a shipped one (rules/facts.yaml as a FIFO).
            File.Delete(path);
        }

        var from = input.From is null ? null : Path.Combine(workingFolder, input.From);
        switch (input.Kind)
        {
            case "fifo":
                SpecialFiles.Fifo(path);
                break;
            case "socket":
                return SpecialFiles.UnixSocket(path);
            case "sparse-file":
                using (var sparse = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                {
                    // Length without content: the file system reports the size but stores nothing.
                    sparse.SetLength(input.Count);
                }

                break;
            case "many-facts":
                WriteLines(path, Head + "facts:\n", input.Count, i => $"- {{type: Precondition,id: p{i},confidence: low}}\n");
                break;
            case "wrong-shapes":
                WriteLines(path, Head + "facts:\n", input.Count, _ => "- 1\n");
                break;
            case "deep-nesting":
                File.WriteAllText(path, Head + "facts: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
                break;
            case "billion-laughs":
                File.WriteAllText(path, BillionLaughs());
                break;
            case "big-file":
                WriteBigFile(path, 50L * 1024 * 1024);
                break;
            case "invalid-utf8":
                File.WriteAllBytes(path, [.. "title: caf"u8, 0xC3, 0xA9, 0x20, 0xFF, 0xFE, .. "\nas_of: 2026-02-15\nfacts: []\n"u8]);
                break;
            case "bom-crlf":
                var text = File.ReadAllText(from ?? throw new InvalidDataException("bom-crlf needs 'from'")).Replace("\r\n", "\n").Replace("\n", "\r\n");
                File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
                break;
            case "deep-parens":
                File.WriteAllText(path, RuleWithCondition(new string('(', 2_000) + "true" + new string(')', 2_000)));
                break;
            case "symlink":
                File.CreateSymbolicLink(path, from ?? throw new InvalidDataException("symlink needs 'from'"));
                break;
            default:
                throw new InvalidDataException($"unknown generated input kind '{input.Kind}'");
        }

        return null;
    }

    private static void WriteLines(string path, string head, long count, Func<long, string> line)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write(head);
        for (var i = 0L; i < count; i++)
        {
            writer.Write(line(i));
        }
    }

    // Ten levels of nine aliases each: 9^10 nodes if a reader follows every alias.
    private static string BillionLaughs()
    {
        var text = new StringBuilder(Head).Append("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            text.Append("l").Append(level).Append(": &l").Append(level).Append(" [")
                .AppendJoin(", ", Enumerable.Repeat("*l" + (level - 1), 9)).Append("]\n");
        }

        return text.Append("facts: []\n").ToString();
    }

    // A valid head, then zeros the file system does not store: the reader must refuse the size without reading.
    private static void WriteBigFile(string path, long size)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.Write(Encoding.UTF8.GetBytes(Head + "facts: []\n"));
        stream.SetLength(size);
    }

    private static string RuleWithCondition(string condition) => $"""
        rules:
          - id: deep-parentheses
            kind: assessment
            title: Nested parentheses far beyond any real condition
            when:
              - agreement: Agreement
                where: '{condition}'
            then:
              assert: WindowNarrowing
              set:
                reason: generated
              because: generated
            sources: [dunbar-2026#1]

        """;
}
