using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Advice.Testing;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Authoring;

/// <summary>
/// Every YAML input file kind, its published JSON Schema's file name under <c>docs/schemas/</c>, and which files it
/// describes. One list, so <c>rules schemas</c>, the shipped files' <c># yaml-language-server</c> lines and the
/// tests agree.
/// </summary>
internal static class SchemaCatalog
{
    /// <summary>The schema files, in a fixed order.</summary>
    public static IReadOnlyList<(string FileName, ObjectShape Shape)> All { get; } =
    [
        ("facts.schema.json", FactsFileShape.File),
        ("options.schema.json", OptionsFileShape.File),
        ("rules.schema.json", RuleFileShape.File),
        ("rule-tests.schema.json", RuleTestShape.File),
        ("digest.schema.json", DigestFileShape.File),
        ("situation.schema.json", SituationShape.File),
    ];

    /// <summary>
    /// The schema file for a YAML file given by its path under the repository (forward slashes: <c>rules/facts.yaml</c>,
    /// <c>seeds/situations/baseline.yaml</c>), or null when it is not an input file.
    /// </summary>
    public static string? SchemaFor(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = relativePath.Replace('\\', '/');
        return path switch
        {
            "rules/facts.yaml" => "facts.schema.json",
            "rules/options.yaml" => "options.schema.json",
            _ when path.StartsWith("rules/tests/", StringComparison.Ordinal) && path.EndsWith(".yaml", StringComparison.Ordinal) => "rule-tests.schema.json",
            _ when path.StartsWith("rules/", StringComparison.Ordinal) && path.EndsWith(".rules.yaml", StringComparison.Ordinal) => "rules.schema.json",
            _ when path.StartsWith("seeds/sources/", StringComparison.Ordinal) && path.EndsWith(".yaml", StringComparison.Ordinal) => "digest.schema.json",
            _ when path.StartsWith("seeds/situations/", StringComparison.Ordinal) && path.EndsWith(".yaml", StringComparison.Ordinal) => "situation.schema.json",
            _ => null,
        };
    }

    /// <summary>The first line a file at <paramref name="relativePath"/> carries so that editors find its schema.</summary>
    public static string ModelineFor(string relativePath, string schemaFile)
    {
        var depth = relativePath.Replace('\\', '/').Count(c => c == '/');
        return $"# yaml-language-server: $schema={string.Concat(Enumerable.Repeat("../", depth))}docs/schemas/{schemaFile}";
    }
}
