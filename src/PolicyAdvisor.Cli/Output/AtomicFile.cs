namespace PolicyAdvisor.Cli.Output;

/// <summary>
/// Writes an output file whole or not at all: content goes to a temporary file in the target folder, which is
/// renamed over the target only after it was written and flushed. A failure leaves any previous file intact.
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

        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

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
