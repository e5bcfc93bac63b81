namespace PolicyAdvisor.Rules.Tests.Support;

/// <summary>
/// A temporary file held open without sharing, so that opening it again throws <see cref="IOException"/>
/// (also on Linux, where .NET enforces <see cref="FileShare.None"/> with an advisory lock).
/// </summary>
internal sealed class LockedFile : IDisposable
{
    private readonly FileStream _held;

    public LockedFile(string text)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pa-locked-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(Path, text);
        _held = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
    }

    public string Path { get; }

    public void Dispose()
    {
        _held.Dispose();
        File.Delete(Path);
    }
}
