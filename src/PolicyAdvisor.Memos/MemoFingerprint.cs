using System.Security.Cryptography;
using System.Text;

namespace PolicyAdvisor.Memos;

/// <summary>
/// The fingerprint printed in a memo: the report's fingerprint (rules, schema, options, sources, situation)
/// combined with the templates that rendered it, so two memos with equal fingerprints came from equal inputs.
/// </summary>
internal static class MemoFingerprint
{
    /// <summary>SHA-256 (lowercase hex) over the sorted lines <c>relative-path\0sha256\n</c> of the templates used.</summary>
    public static string OfTemplates(IReadOnlyDictionary<string, string> shaByRelativePath)
    {
        var lines = new StringBuilder();
        foreach (var path in shaByRelativePath.Keys.Order(StringComparer.Ordinal))
        {
            lines.Append(path).Append('\0').Append(shaByRelativePath[path]).Append('\n');
        }

        return Hash(lines.ToString());
    }

    /// <summary>SHA-256 (lowercase hex) binding the report fingerprint to the templates fingerprint.</summary>
    public static string Combine(string reportFingerprint, string templatesFingerprint) =>
        Hash($"report\0{reportFingerprint}\ntemplates\0{templatesFingerprint}\n");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
