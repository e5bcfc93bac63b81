using PolicyAdvisor.Engine.Tests.Support;

namespace PolicyAdvisor.Engine.Tests.Api;

public sealed class PublicApiTests
{
    private const string Approved = "PublicApi.approved.txt";

    [Fact]
    public void PublicApi_ComparedToApprovedSnapshot_IsUnchanged()
    {
        // Arrange
        var folder = Path.Combine(RepositoryRoot(), "tests", "PolicyAdvisor.Engine.Tests", "Api");
        var approved = File.ReadAllText(Path.Combine(folder, Approved)).ReplaceLineEndings("\n");

        // Act
        var actual = PublicApi.Render(typeof(ISession).Assembly);

        // Assert
        var received = Path.Combine(folder, "PublicApi.received.txt");
        if (!string.Equals(approved, actual, StringComparison.Ordinal))
        {
            // An API change must be deliberate: inspect the received file and copy it over the approved one.
            File.WriteAllText(received, actual);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        Assert.Equal(approved, actual);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyAdvisor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("PolicyAdvisor.sln not found above the test output folder.");
    }
}
