using System.Text;

namespace PolicyAdvisor.Memos.Tests.Support;

/// <summary>
/// Golden-file comparison. Run the tests with UPDATE_GOLDEN=1 to rewrite the files under Golden/ from the current
/// output, then review the diff before committing; without it any difference fails the test.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(RepoPaths.TestProject, "Golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests once with UPDATE_GOLDEN=1.");
        var expected = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }
}
