namespace PolicyAdvisor.Rules;

/// <summary>
/// Paths with every symbolic link along them resolved, the way the operating system would walk them, so that
/// "is this file inside that folder?" is answered for where the bytes really are.
/// </summary>
public static class RealPath
{
    // The same bound the Linux kernel puts on links followed in one lookup (ELOOP).
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>
    /// The absolute path of <paramref name="path"/> (relative to the process's folder) with every link resolved;
    /// components that do not exist are kept as written. Null when links loop.
    /// </summary>
    public static string? Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new LinkedList<string>(Segments(full[current.Length..]));
        var links = 0;
        while (pending.First is { } first)
        {
            pending.RemoveFirst();
            var segment = first.Value;
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, segment);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // Walk the target's own segments next, from the root for an absolute target, else from the link's folder.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var part in Segments(target).Reverse())
            {
                pending.AddFirst(part);
            }
        }

        return current;
    }

    /// <summary>Whether real path <paramref name="path"/> lies strictly inside real path <paramref name="root"/>.</summary>
    public static bool Contains(string root, string path)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(path);
        var prefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private static string[] Segments(string path) => path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
