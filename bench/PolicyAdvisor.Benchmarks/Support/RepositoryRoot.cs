namespace PolicyAdvisor.Benchmarks.Support;

/// <summary>
/// The folder holding rules/ and seeds/: POLICY_ADVISOR_ROOT when set, else the repository root (the folder
/// holding PolicyAdvisor.sln) above the benchmark's folder.
/// </summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        if (Environment.GetEnvironmentVariable("POLICY_ADVISOR_ROOT") is { Length: > 0 } root)
        {
            return root;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PolicyAdvisor.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
