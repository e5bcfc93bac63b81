using System.Security.Cryptography;
using System.Text;
using PolicyAdvisor.Advice.Reports;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// Hashes named inputs into one <see cref="Fingerprint"/>: SHA-256 over sorted "name, tab, SHA-256 of the
/// bytes" lines, so the value depends on content and names only, never on file order, time or machine.
/// </summary>
public static class InputFingerprint
{
    /// <summary>Fingerprints the given inputs (names are shown to readers, so keep them relative).</summary>
    public static Fingerprint Compute(IEnumerable<(string Name, byte[] Content)> inputs)
    {
        var lines = inputs
            .Select(i => $"{i.Name.Replace('\\', '/')}\t{Convert.ToHexStringLower(SHA256.HashData(i.Content))}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var value = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))));
        return new Fingerprint(value, lines.Select(l => l[..l.IndexOf('\t')]).ToArray());
    }

    /// <summary>Reads files into named inputs, naming each relative to <paramref name="root"/>.</summary>
    public static IEnumerable<(string Name, byte[] Content)> Files(string root, IEnumerable<string> paths) =>
        paths.Select(p => (Path.GetRelativePath(root, p), File.ReadAllBytes(p)));
}
