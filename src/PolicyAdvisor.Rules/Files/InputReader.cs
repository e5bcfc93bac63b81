using System.Security.Cryptography;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Reads input files through <see cref="InputFile"/> for one load, reporting refusals as diagnostics, and records
/// every file it read with the hash of its bytes, so a fingerprint covers exactly what the loaders used (a stray
/// file beside them is neither read nor hashed).
/// </summary>
public sealed class InputReader
{
    private readonly List<InputRecord> _files = [];

    /// <summary>Every file read so far, in the order read.</summary>
    public IReadOnlyList<InputRecord> Files => _files;

    /// <summary>
    /// The bytes of <paramref name="path"/>, or null after a whole-file diagnostic (missing, not a regular file,
    /// a link leaving <paramref name="folder"/>, or larger than <paramref name="maxBytes"/>).
    /// </summary>
    public byte[]? Read(string path, DiagnosticBag diagnostics, long maxBytes, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var read = InputFile.Read(path, maxBytes, folder);
        if (read.Bytes is null)
        {
            diagnostics.Error(read.Code!, read.Message!, GuardedYamlReader.DisplayPath(path), 0, 0);
            return null;
        }

        _files.Add(new InputRecord(path, Convert.ToHexStringLower(SHA256.HashData(read.Bytes))));
        return read.Bytes;
    }
}
