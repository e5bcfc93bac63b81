using System.Formats.Tar;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Tells what a path names without opening it, because opening a FIFO for reading blocks until a writer appears
/// and a device can be read forever. .NET 10 has no public file-type query and reports every special file as a
/// "Normal" file of length 0, so: a link or folder is told by its attributes; a file with a length above 0 is
/// regular (devices, FIFOs and sockets report 0); for length 0 the tar writer, which stats the path and never
/// reads a FIFO or device, names the kind, with no P/Invoke of our own.
/// </summary>
public static class FileKinds
{
    // A regular file that grows while probed would have its content copied into the probe; stop early instead.
    private const int ProbeLimit = 64 * 1024;

    /// <summary>The kind of <paramref name="path"/>, not following a final symbolic link.</summary>
    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }

        if (System.IO.Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!info.Exists)
        {
            return FileKind.Missing;
        }

        return info.Length > 0 ? FileKind.Regular : Probe(path);
    }

    /// <summary>The kind in words, for messages: "a FIFO (named pipe)", "a character device", ...</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Fifo => "a FIFO (named pipe)",
        _ => "a socket",
    };

    private static FileKind Probe(string path)
    {
        using var sink = new BoundedStream(ProbeLimit);
        try
        {
            using (var writer = new TarWriter(sink, TarEntryFormat.Ustar, leaveOpen: true))
            {
                writer.WriteEntry(path, "probe");
            }
        }
        catch (BoundedStream.FullException)
        {
            // Content arrived while probing: only a regular file has any.
            return FileKind.Regular;
        }
        catch (UnauthorizedAccessException)
        {
            // Only a regular file is opened by the probe; the real read reports the permission problem.
            return FileKind.Regular;
        }
        catch (IOException)
        {
            // The tar writer refuses the one kind it cannot archive, a socket; or the file vanished meanwhile.
            return new FileInfo(path).Exists ? FileKind.Socket : FileKind.Missing;
        }

        sink.Position = 0;
        using var reader = new TarReader(sink, leaveOpen: true);
        return reader.GetNextEntry()?.EntryType switch
        {
            TarEntryType.RegularFile or TarEntryType.V7RegularFile => FileKind.Regular,
            TarEntryType.Directory => FileKind.Directory,
            TarEntryType.SymbolicLink => FileKind.SymbolicLink,
            TarEntryType.CharacterDevice => FileKind.CharacterDevice,
            TarEntryType.BlockDevice => FileKind.BlockDevice,
            TarEntryType.Fifo => FileKind.Fifo,
            _ => FileKind.Socket,
        };
    }

    /// <summary>An in-memory stream that refuses to grow past a limit.</summary>
    private sealed class BoundedStream(int limit) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            Require(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Require(buffer.Length);
            base.Write(buffer);
        }

        public override void WriteByte(byte value)
        {
            Require(1);
            base.WriteByte(value);
        }

        private void Require(int count)
        {
            if (Length + count > limit)
            {
                throw new FullException();
            }
        }

        public sealed class FullException : Exception;
    }
}
