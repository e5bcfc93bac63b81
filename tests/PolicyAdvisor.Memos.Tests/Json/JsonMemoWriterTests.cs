using System.Text.Json;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Memos.Tests.Support;

namespace PolicyAdvisor.Memos.Tests.Json;

public sealed class JsonMemoWriterTests
{
    private static SchemaChecker Schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "memo-schema.json")));
        return new SchemaChecker(schema.RootElement.Clone());
    }

    public static TheoryData<string> Reports() => ["baseline", "empty"];

    [Theory]
    [MemberData(nameof(Reports))]
    public void Render_Json_ConformsToDocumentedSchema(string name)
    {
        var report = name == "baseline" ? SampleReports.Baseline() : SampleReports.Empty();
        using var json = JsonDocument.Parse(Render.Bytes(report, MemoFormat.Json));

        var problems = Schema().Check(json.RootElement);

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_JsonWithRenamedKey_ReportsTheSchemaViolation()
    {
        var text = Render.Text(SampleReports.Baseline(), MemoFormat.Json).Replace("\"rule_id\"", "\"ruleId\"", StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);

        var problems = Schema().Check(json.RootElement);

        Assert.Contains(problems, p => p.Contains("missing required 'rule_id'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unexpected property 'ruleId'", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Json_StartsWithSchemaVersionAndKeepsDeclarationOrder()
    {
        using var json = JsonDocument.Parse(Render.Bytes(SampleReports.Baseline(), MemoFormat.Json));

        var keys = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();

        Assert.Equal(
            ["schema_version", "situation", "bottom_line", "decisions", "recommendations", "risks", "tradeoffs", "not_recommended", "assumptions", "signposts", "stale", "sources", "fingerprint", "robustness"],
            keys);
    }

    [Fact]
    public void Render_JsonWithoutRobustness_WritesNull()
    {
        using var json = JsonDocument.Parse(Render.Bytes(SampleReports.Baseline() with { Robustness = null }, MemoFormat.Json));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("robustness").ValueKind);
    }
}
