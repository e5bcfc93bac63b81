namespace PolicyAdvisor.Rules;

/// <summary>What a path names on disk, as <c>lstat</c> would tell (a link is not followed).</summary>
public enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file: the only kind PolicyAdvisor reads or replaces.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (possibly dangling).</summary>
    SymbolicLink,

    /// <summary>A character device such as <c>/dev/zero</c> or <c>/dev/null</c>.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,

    /// <summary>A named pipe (FIFO): opening it for reading waits for a writer.</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}
