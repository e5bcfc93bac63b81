using System.Text.Json;
using Json.Schema;
using PolicyAdvisor.Cli.Authoring;
using PolicyAdvisor.Cli.Tests.Support;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Tests.Authoring;

/// <summary>
/// The published JSON Schemas: generated from the loaders' shapes, current in docs/schemas, named by every shipped
/// YAML file, accepting every shipped file, and agreeing with the loaders on what they refuse.
/// </summary>
public sealed class SchemaTests
{
    private static readonly string Root = CliHarness.RepositoryRoot;

    public static TheoryData<string> ShippedFiles() => [.. ShippedYaml()];

    [Fact]
    public void DocsSchemas_AreWhatTheShapesGenerate()
    {
        foreach (var (fileName, shape) in SchemaCatalog.All)
        {
            var path = Path.Combine(Root, "docs", "schemas", fileName);
            Assert.True(File.Exists(path), $"{fileName} is missing: run 'policy-advisor rules schemas --out docs/schemas'");
            Assert.True(JsonSchemaWriter.Write(shape) == File.ReadAllText(path), $"docs/schemas/{fileName} is stale: run 'policy-advisor rules schemas --out docs/schemas'");
        }
    }

    [Fact]
    public void RulesSchemas_WritesEverySchemaIntoTheFolder()
    {
        // Arrange
        var folder = Directory.CreateTempSubdirectory("pa-schemas-").FullName;

        // Act
        var run = CliHarness.Run("rules", "schemas", "--out", folder);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(SchemaCatalog.All.Select(s => s.FileName).Order(StringComparer.Ordinal), Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllText(Path.Combine(Root, "docs", "schemas", "rules.schema.json")), File.ReadAllText(Path.Combine(folder, "rules.schema.json")));
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedYaml_FirstLineNamesItsSchema_AndTheFileValidates(string relative)
    {
        // Arrange
        var text = File.ReadAllText(Path.Combine(Root, relative));
        var schemaFile = SchemaCatalog.SchemaFor(relative);
        Assert.NotNull(schemaFile);

        // Act
        var errors = Validate(schemaFile, text);

        // Assert
        Assert.Equal(SchemaCatalog.ModelineFor(relative, schemaFile), text.Split('\n')[0].TrimEnd('\r'));
        Assert.True(errors.Count == 0, $"{relative}: {string.Join("; ", errors)}");
    }

    [Theory]
    [InlineData("rules/facts.yaml", "types:\n", "typos: {}\ntypes:\n", DiagnosticCodes.UnknownKey)]
    [InlineData("rules/facts.yaml", "    description: The bilateral peace treaty", "    summary: The bilateral peace treaty", DiagnosticCodes.UnknownKey)]
    [InlineData("rules/options.yaml", "  - id: plan-b-signing\n", "  - id: plan-b-signing\n    titel: x\n", DiagnosticCodes.UnknownKey)]
    [InlineData("rules/options/settlement.rules.yaml", "    priority: 50\n", "    priority: fifty\n", DiagnosticCodes.BadValue)]
    [InlineData("rules/options/settlement.rules.yaml", "    kind: option\n", "    kind: option\n    sourcse: []\n", DiagnosticCodes.UnknownKey)]
    [InlineData("rules/options/settlement.rules.yaml", "      recommend: plan-b-signing\n", "      recommend: plan-b-signing\n      severity: high\n", DiagnosticCodes.UnknownKey)]
    [InlineData("seeds/situations/baseline.yaml", "    confidence: high\n", "    confidance: high\n", DiagnosticCodes.UnknownKey)]
    [InlineData("seeds/sources/dunbar-2026.yaml", "    kind: assessment\n", "\n", DiagnosticCodes.MissingKey)]
    [InlineData("rules/tests/baseline.yaml", "    expect:\n", "    expected: {}\n    expect:\n", DiagnosticCodes.UnknownKey)]
    public void SchemaAndLoader_BothRefuseTheSameMistake(string relative, string find, string replace, string code)
    {
        // Arrange: a copy of the shipped rules and seeds with one mistake in one file.
        using var copy = new ShippedCopy();
        var text = copy.Edit(relative, find, replace);

        // Act
        var schemaErrors = Validate(SchemaCatalog.SchemaFor(relative)!, text);
        var check = CliHarness.RunIn(copy.Root, "rules", "check");

        // Assert
        Assert.NotEmpty(schemaErrors);
        Assert.Equal(3, check.ExitCode);
        Assert.Contains($"{relative}(", check.Output, StringComparison.Ordinal);
        Assert.Contains($"error {code}:", check.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rules/options/settlement.rules.yaml", "    kind: option\n", "    kind: option\n    notes: an optional key the schema allows\n")]
    [InlineData("seeds/situations/baseline.yaml", "    confidence: high\n", "    confidence: high\n    note: an optional note\n")]
    [InlineData("rules/tests/baseline.yaml", "    situation: baseline\n", "    situation: baseline\n    retract: agreement\n")]
    public void SchemaAndLoader_BothAcceptAnOptionalKey(string relative, string find, string replace)
    {
        // Arrange
        using var copy = new ShippedCopy();
        var text = copy.Edit(relative, find, replace);

        // Act
        var schemaErrors = Validate(SchemaCatalog.SchemaFor(relative)!, text);
        var check = CliHarness.RunIn(copy.Root, "rules", "check");

        // Assert
        Assert.Empty(schemaErrors);
        Assert.True(check.ExitCode == 0, check.Output);
    }

    [Fact]
    public void Schemas_EveryObjectListsExactlyTheShapesKeys()
    {
        foreach (var (fileName, shape) in SchemaCatalog.All)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "docs", "schemas", fileName)));
            Assert.Equal(shape.Names, json.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name));
            var required = json.RootElement.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(r => r.GetString()!).ToArray() : [];
            Assert.Equal(shape.Required, required);
            Assert.False(json.RootElement.GetProperty("additionalProperties").GetBoolean());
        }
    }

    private static IReadOnlyList<string> Validate(string schemaFile, string yaml)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "docs", "schemas", schemaFile)), baseUri: new Uri("file:///policy-advisor/" + schemaFile + "/" + Guid.NewGuid().ToString("N")));
        using var document = JsonDocument.Parse(YamlJson.Convert(yaml)?.ToJsonString() ?? "null");
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var errors = new List<string>();
        Collect(result, errors);
        return errors;
    }

    // Only the failing path: an anyOf or oneOf that holds has failing branches, which are not errors.
    private static void Collect(EvaluationResults node, List<string> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        errors.AddRange((node.Errors ?? new Dictionary<string, string>()).Select(e => $"{node.InstanceLocation}: {e.Value}"));
        foreach (var child in node.Details ?? [])
        {
            Collect(child, errors);
        }
    }

    private static IEnumerable<string> ShippedYaml() =>
        new[] { "rules", "seeds" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*.yaml", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>A throwaway copy of the shipped rules/ and seeds/, used as a working folder.</summary>
    private sealed class ShippedCopy : IDisposable
    {
        public ShippedCopy()
        {
            Root = Directory.CreateTempSubdirectory("pa-shipped-").FullName;
            foreach (var file in ShippedYaml())
            {
                var target = Path.Combine(Root, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(SchemaTests.Root, file), target);
            }
        }

        public string Root { get; }

        /// <summary>Replaces the first <paramref name="find"/> in <paramref name="relative"/>; fails when absent, so no case passes vacuously.</summary>
        public string Edit(string relative, string find, string replace)
        {
            var path = Path.Combine(Root, relative);
            var text = File.ReadAllText(path);
            var at = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{find}' is not in {relative}");
            text = text[..at] + replace + text[(at + find.Length)..];
            File.WriteAllText(path, text);
            return text;
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
