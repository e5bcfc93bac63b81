using System.Text;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Knowledge;

public sealed class ErrorLineCapTests
{
    [Fact]
    public void Memo_SituationWithThousandsOfBrokenFacts_PrintsTheFirstHundredAndOneSummary()
    {
        var folder = Directory.CreateTempSubdirectory("pa-cap-").FullName;
        try
        {
            var text = new StringBuilder("title: t\nas_of: 2026-01-01\nfacts:\n");
            text.Insert(text.Length, "- 1\n", 5_000);
            File.WriteAllText(Path.Combine(folder, "s.yaml"), text.ToString());

            var run = TinyFixture.Run("memo", "--situation", Path.Combine(folder, "s.yaml"));

            var lines = run.Error.TrimEnd('\n').Split('\n');
            Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
            Assert.Equal(101, lines.Length);
            Assert.All(lines[..100], l => Assert.Contains("error PA0012", l, StringComparison.Ordinal));
            Assert.EndsWith("(4,3): error PA0012: a fact must be a mapping (key: value lines), not a value", lines[0], StringComparison.Ordinal);
            Assert.Equal("policy-advisor: the situation has 5,000 error(s); the first 100 are shown above.", lines[100]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
