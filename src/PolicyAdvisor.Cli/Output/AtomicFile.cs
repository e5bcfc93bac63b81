using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Output;

/// <summary>
/// Writes an output file whole or not at all: content goes to a temporary file in the target folder, which is
/// renamed over the target only after it was written and flushed. A failure leaves any previous file intact.
/// Only a regular file or a new path is ever replaced: a rename over a symbolic link or a device node would
/// swap the node itself (as root, <c>--out /dev/null</c> would replace the system's), so those are refused,
/// before writing and again just before the rename.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; throws <see cref="Hosting.CliException"/> with a one-line reason on failure.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw Hosting.CliException.Failure($"{path}: cannot write: folder '{directory}' does not exist.");
        }

        RequireReplaceable(path, full);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            // A leftover of a killed run with the same process id; CreateNew below never follows a planted link.
            TryDelete(temp);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            RequireReplaceable(path, full);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw Hosting.CliException.Failure($"{path}: cannot write: {e.Message}");
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Refuses (exit 2) a target that exists and is not a regular file.</summary>
    public static void RequireReplaceable(string shown, string full)
    {
        var kind = FileKinds.Of(full);
        if (kind is not (FileKind.Missing or FileKind.Regular))
        {
            throw Hosting.CliException.Usage($"{shown}: refused: it is {FileKinds.Describe(kind)}; an output replaces only a regular file or creates a new one.");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file is ours and hidden; failing to remove it must not mask the real error.
        }
    }
}
