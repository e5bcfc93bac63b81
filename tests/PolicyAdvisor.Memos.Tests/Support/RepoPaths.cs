namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>Locates the checked-in folders the tests read, walking up from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped templates folder.</summary>
    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>This test project's folder (golden files live under it).</summary>
    public static string TestProject => Path.Combine(Root, "tests", "PolicyAdvisor.Memos.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "templates", "memo.md.sbn")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
