namespace PolicyAdvisor.Cli.Output;

/// <summary>
/// Writes a set of output files as one: into a hidden temporary folder beside the target, which then takes the
/// target's place. A run killed at any moment leaves the old set or the new set in place, never a mix; killed
/// between the two renames of a replacement, the old set waits in <c>.NAME.PID.old</c> and the new one in
/// <c>.NAME.PID.tmp</c> beside the target. An existing target is replaced only when it holds nothing but files
/// of the set, so a mistyped folder (<c>--out .</c>) is never emptied.
/// </summary>
internal static class AtomicFolder
{
    /// <summary>
    /// Refuses (exit 2) a target that is not a new path or a real folder holding only <paramref name="names"/>.
    /// </summary>
    public static void RequireReplaceable(string shown, string full, IReadOnlyCollection<string> names)
    {
        if (new FileInfo(full).LinkTarget is not null)
        {
            throw Hosting.CliException.Usage($"{shown}: refused: it is a symbolic link; give a new folder or one an earlier run wrote.");
        }

        if (File.Exists(full))
        {
            throw Hosting.CliException.Usage($"{shown}: refused: it is a file, not a folder.");
        }

        if (!Directory.Exists(full))
        {
            return;
        }

        var foreign = Directory.EnumerateFileSystemEntries(full)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !names.Contains(n))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (foreign is not null)
        {
            throw Hosting.CliException.Usage($"{shown}: refused: the folder holds '{foreign}', which this command does not write; give a new folder or one an earlier run wrote.");
        }
    }

    /// <summary>
    /// Writes the files <paramref name="files"/> (name, content writer) as the folder <paramref name="path"/>;
    /// throws <see cref="Hosting.CliException"/> with a one-line reason on failure.
    /// </summary>
    public static void Write(string path, IReadOnlyList<(string Name, Action<Stream> Write)> files)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        RequireReplaceable(path, full, files.Select(f => f.Name).ToArray());
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var temp = Path.Combine(parent, $".{name}.{Environment.ProcessId}.tmp");
        var old = Path.Combine(parent, $".{name}.{Environment.ProcessId}.old");
        var moved = false;
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(temp);
            foreach (var (file, write) in files)
            {
                using var stream = new FileStream(Path.Combine(temp, file), FileMode.CreateNew, FileAccess.Write, FileShare.None);
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            RequireReplaceable(path, full, files.Select(f => f.Name).ToArray());
            if (Directory.Exists(full))
            {
                Directory.Move(full, old);
                moved = true;
            }

            Directory.Move(temp, full);
            if (moved)
            {
                TryDelete(old);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Restore(full, old, moved);
            TryDelete(temp);
            throw Hosting.CliException.Failure($"{path}: cannot write: {e.Message}");
        }
        catch
        {
            Restore(full, old, moved);
            TryDelete(temp);
            throw;
        }
    }

    // Puts the old set back when the new one could not take its place.
    private static void Restore(string full, string old, bool moved)
    {
        if (moved && !Directory.Exists(full) && Directory.Exists(old))
        {
            Directory.Move(old, full);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary folder is ours and hidden; failing to remove it must not mask the real error.
        }
    }
}
