namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>Copies the shipped templates into a <see cref="TemplateFolder"/> so a test can edit them.</summary>
internal static class ShippedTemplatesCopy
{
    public static TemplateFolder Create()
    {
        var folder = new TemplateFolder();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            folder.Write(Path.GetRelativePath(RepoPaths.Templates, file), File.ReadAllText(file));
        }

        return folder;
    }
}
