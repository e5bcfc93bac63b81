using System.Globalization;

namespace PolicyAdvisor.Rules;

/// <summary>
/// The one way PolicyAdvisor reads an input file (rules, facts, options, digests, situations, rule tests,
/// templates): the path is checked to be a regular file before it is opened, because opening a FIFO blocks and a
/// device never ends; it is opened once; and it is read with a byte limit that does not trust the size the file
/// system reports (0 for <c>/dev/zero</c>). With a folder, the file's real path (every symbolic link resolved)
/// must lie inside that folder's real path.
/// </summary>
public static class InputFile
{
    /// <summary>Reads <paramref name="path"/>, or says why not.</summary>
    /// <param name="path">The file, absolute or relative to the process's folder.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="folder">When given, the folder the file must really lie in (links that leave it are refused).</param>
    public static InputFileRead Read(string path, long maxBytes, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var real = RealPath.Of(path);
        if (real is null)
        {
            return InputFileRead.Failed(DiagnosticCodes.FileMissing, "cannot read file: too many levels of symbolic links");
        }

        if (folder is not null && (RealPath.Of(folder) is not { } root || !RealPath.Contains(root, real)))
        {
            return InputFileRead.Failed(
                DiagnosticCodes.LinkLeavesFolder,
                $"refused: a symbolic link leads outside the folder '{GuardedYamlReader.DisplayPath(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)))}', and files read from it must stay inside");
        }

        var kind = FileKinds.Of(real);
        switch (kind)
        {
            case FileKind.Missing:
                return InputFileRead.Failed(DiagnosticCodes.FileMissing, "file not found");
            case FileKind.Regular:
                break;
            default:
                return InputFileRead.Failed(DiagnosticCodes.NotRegularFile, $"is {FileKinds.Describe(kind)}, not a regular file; only regular files are read");
        }

        try
        {
            return ReadRegular(real, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputFileRead.Failed(DiagnosticCodes.FileMissing, $"cannot read file: {e.Message}");
        }
    }

    private static InputFileRead ReadRegular(string real, long maxBytes)
    {
        using var stream = new FileStream(real, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            Options = FileOptions.SequentialScan,
            BufferSize = 0,
        });

        // The reported length is a hint for the first buffer and an early refusal, never a bound on the read.
        maxBytes = Math.Min(maxBytes, Array.MaxLength - 1L);
        var reported = stream.Length;
        if (reported > maxBytes)
        {
            return TooLarge($"file is {reported.ToString(CultureInfo.InvariantCulture)} bytes", maxBytes);
        }

        var buffer = new byte[(int)Math.Min(maxBytes + 1, Math.Max(reported + 1, 4096))];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > maxBytes)
                {
                    return TooLarge($"file is more than {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes", maxBytes);
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        Array.Resize(ref buffer, total);
        return new InputFileRead(buffer, real, null, null);
    }

    private static InputFileRead TooLarge(string what, long maxBytes) =>
        InputFileRead.Failed(DiagnosticCodes.FileTooLarge, $"{what}; the limit is {maxBytes.ToString(CultureInfo.InvariantCulture)}");
}

/// <summary>The outcome of <see cref="InputFile.Read"/>: the bytes, or a diagnostic code and message.</summary>
/// <param name="Bytes">The whole content, or null when refused.</param>
/// <param name="RealPath">Where the bytes were read from (links resolved), when read.</param>
/// <param name="Code">The PA code when refused.</param>
/// <param name="Message">Why it was refused.</param>
public sealed record InputFileRead(byte[]? Bytes, string? RealPath, string? Code, string? Message)
{
    /// <summary>A refusal.</summary>
    public static InputFileRead Failed(string code, string message) => new(null, null, code, message);
}
