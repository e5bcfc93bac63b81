namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>A throwaway templates folder holding the given files; deleted on dispose.</summary>
internal sealed class TemplateFolder : IDisposable
{
    public TemplateFolder(params (string Path, string Text)[] files)
    {
        Root = Directory.CreateTempSubdirectory("memo-templates-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "templates"));
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    /// <summary>A scratch folder; the templates folder is its <c>templates</c> child, so '..' has somewhere to go.</summary>
    public string Root { get; }

    public string Templates => Path.Combine(Root, "templates");

    /// <summary>Writes a file relative to the templates folder.</summary>
    public void Write(string path, string text)
    {
        var full = Path.Combine(Templates, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
