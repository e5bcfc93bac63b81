using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// Hashes named inputs into one <see cref="Fingerprint"/>: SHA-256 over sorted "name, tab, SHA-256 of the
/// bytes" lines, so the value depends on content and names only, never on file order, time or machine.
/// </summary>
public static class InputFingerprint
{
    /// <summary>Fingerprints the given inputs (names are shown to readers, so keep them relative).</summary>
    public static Fingerprint Compute(IEnumerable<(string Name, byte[] Content)> inputs) =>
        ComputeHashed(inputs.Select(i => (i.Name, Convert.ToHexStringLower(SHA256.HashData(i.Content)))));

    /// <summary>Fingerprints inputs given by name and lowercase hex SHA-256 of their bytes.</summary>
    public static Fingerprint ComputeHashed(IEnumerable<(string Name, string Sha256)> inputs)
    {
        var lines = inputs
            .Select(i => $"{i.Name.Replace('\\', '/')}\t{i.Sha256}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var value = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))));
        return new Fingerprint(value, lines.Select(l => l[..l.IndexOf('\t')]).ToArray());
    }

    /// <summary>
    /// The fingerprint of exactly what the loaders read for a run: the rule base's files (named relative to the
    /// rules folder's parent, digests as <c>seeds/...</c>), the situation's files (<c>situation:name</c>) and the
    /// as-of date. The bytes hashed are the ones the loaders parsed: nothing is read a second time.
    /// </summary>
    public static Fingerprint Of(RuleBase ruleBase, string rulesDirectory, string seedsDirectory, Situation situation, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(ruleBase);
        ArgumentNullException.ThrowIfNull(situation);
        var rulesParent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(rulesDirectory)))!;
        var seeds = Path.GetFullPath(seedsDirectory);
        var inputs = ruleBase.Inputs
            .Select(i => (Name: RuleBaseName(Path.GetFullPath(i.Path), rulesParent, seeds), i.Sha256))
            .Concat(situation.Inputs.Select(i => ("situation:" + Path.GetFileName(i.Path), i.Sha256)))
            .Append(("as_of", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))));
        return ComputeHashed(inputs);
    }

    private static string RuleBaseName(string path, string rulesParent, string seeds) =>
        RealPath.Contains(seeds, path) ? "seeds/" + Path.GetRelativePath(seeds, path) : Path.GetRelativePath(rulesParent, path);
}
