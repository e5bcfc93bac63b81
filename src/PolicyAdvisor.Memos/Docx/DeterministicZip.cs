using System.IO.Compression;

namespace PolicyAdvisor.Memos.Docx;

/// <summary>
/// Copies a zip entry by entry, in the original order, with every entry's time set to one fixed value: the
/// packaging library stamps entries with the current time, which would make two renders of one memo differ.
/// </summary>
internal static class DeterministicZip
{
    // The earliest time a zip entry can hold. DateTimeOffset.DateTime is written as is, so the machine's time
    // zone plays no part.
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Normalize(byte[] zip, Stream output)
    {
        using var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
