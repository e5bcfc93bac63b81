using System.Text.Json;
using PolicyAdvisor.Cli.Tests.Support;

namespace PolicyAdvisor.Cli.Tests.Commands;

public sealed class SweepCommandTests
{
    [Fact]
    public void Sweep_Baseline_PrintsWeightedSharesAndSignposts()
    {
        // Act
        var run = TinyFixture.Run("sweep");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4 scenarios (full-factorial, seed 1)", run.Output, StringComparison.Ordinal);
        Assert.Contains("  33.8%     0.0%      no  plan-b *", run.Output, StringComparison.Ordinal);
        Assert.Contains("Sign now and ratify later stops being advised if referendum outcome becomes passed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_RobustnessThresholds_AreAppliedStatedAndWrittenToJson()
    {
        // Arrange
        var folder = Path.Combine(Path.GetTempPath(), "pa-sweep-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Act
            var text = TinyFixture.Run("sweep", "--robust-share", "0.3", "--robust-risk-share", "0.5");
            var files = TinyFixture.Run("sweep", "--robust-share", "0.3", "--robust-risk-share", "0.5", "--out", folder);

            // Assert: plan-b, advised in 33.8% of the futures, is robust under a 30% bar.
            Assert.Equal((0, 0), (text.ExitCode, files.ExitCode));
            Assert.Contains("  33.8%     0.0%     yes  plan-b *", text.Output, StringComparison.Ordinal);
            Assert.Contains("robust: advised in at least 30.0% and at risk in at most 50.0%", text.Output, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "sweep.json")));
            Assert.Equal(0.3, json.RootElement.GetProperty("robust_share").GetDouble());
            Assert.Equal(0.5, json.RootElement.GetProperty("robust_risk_share").GetDouble());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Sweep_OutFolder_WritesEveryFileAndSameSeedIsByteIdentical()
    {
        // Arrange
        var first = Path.Combine(Path.GetTempPath(), "pa-sweep-" + Guid.NewGuid().ToString("N"));
        var second = first + "-again";
        try
        {
            // Act
            var a = TinyFixture.Run("sweep", "--situation", "wide", "--samples", "3000", "--seed", "9", "--out", first);
            var b = TinyFixture.Run("sweep", "--situation", "wide", "--samples", "3000", "--seed", "9", "--workers", "1", "--out", second);

            // Assert
            Assert.Equal((0, 0), (a.ExitCode, b.ExitCode));
            foreach (var file in new[] { "sweep.json", "options.csv", "heatmap.csv", "signposts.csv", "heatmap.svg" })
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(first, "sweep.json")));
            Assert.Equal("latin-hypercube", json.RootElement.GetProperty("method").GetString());
            Assert.Equal(3000, json.RootElement.GetProperty("scenarios").GetInt64());
            Assert.StartsWith("option,title,advised_as_stated,recommended_share,risk_share,robust\nplan-b,", File.ReadAllText(Path.Combine(first, "options.csv")), StringComparison.Ordinal);
            Assert.StartsWith("<svg ", File.ReadAllText(Path.Combine(first, "heatmap.svg")), StringComparison.Ordinal);
        }
        finally
        {
            foreach (var folder in new[] { first, second }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--samples", "0")]
    [InlineData("--method", "random")]
    [InlineData("--workers", "0")]
    [InlineData("--robust-share", "1.5")]
    [InlineData("--robust-risk-share", "-0.2")]
    [InlineData("--robust-share", "most")]
    public void Sweep_BadArgument_IsUsageError(string option, string value)
    {
        // Act
        var run = TinyFixture.Run("sweep", option, value);

        // Assert
        Assert.Equal(2, run.ExitCode);
    }
}
