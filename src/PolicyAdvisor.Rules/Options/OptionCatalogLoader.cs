namespace PolicyAdvisor.Rules;

/// <summary>Reads rules/options.yaml into an <see cref="OptionCatalog"/>: options and the decisions they answer, checking ids and cited claims.</summary>
public static class OptionCatalogLoader
{

    /// <summary>
    /// Loads the catalog (read through <paramref name="reader"/>, inside <paramref name="folder"/> when given);
    /// options and decisions with errors are left out.
    /// </summary>
    /// <param name="path">The options.yaml file.</param>
    /// <param name="sources">The digests cited claims must be in.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <param name="schema">When given, the fact types a preference's <c>while</c> names are checked against it.</param>
    /// <param name="reader">Reads the file (one choke point for every input); a new one when null.</param>
    /// <param name="folder">The folder the file must stay inside (a link out of it is refused).</param>
    public static OptionCatalog Load(string path, SourceLibrary sources, DiagnosticBag diagnostics, FactSchema? schema = null, InputReader? reader = null, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = GuardedYamlReader.ReadFile(path, diagnostics, reader: reader, folder: folder);
        var top = root?.AsMapping(diagnostics, "options.yaml");
        if (top is null || !top.CheckKeys(diagnostics, OptionsFileShape.File))
        {
            return new OptionCatalog([]);
        }

        var options = new List<OptionSpec>();
        foreach (var item in top["options"].AsSequence(diagnostics, "'options'")?.Items ?? [])
        {
            var option = ReadOption(item, sources, diagnostics);
            if (option is null)
            {
                continue;
            }

            if (options.Exists(o => o.Id == option.Id))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateOption, $"option id '{option.Id}' is declared twice", item);
                continue;
            }

            options.Add(option);
        }

        return new OptionCatalog(options, DecisionReader.Read(top["decisions"], options, schema, diagnostics));
    }

    private static OptionSpec? ReadOption(YamlNode node, SourceLibrary sources, DiagnosticBag diagnostics)
    {
        var map = node.AsMapping(diagnostics, "an option");
        if (map is null || !map.CheckKeys(diagnostics, OptionsFileShape.Option))
        {
            return null;
        }

        var idNode = map.Scalar("id", diagnostics)!;
        if (!RuleFileReader.IsKebab(idNode.Value))
        {
            diagnostics.Error(DiagnosticCodes.BadId, $"option id '{idNode.Value}' must be kebab-case (lower-case words joined by '-')", idNode);
            return null;
        }

        foreach (var key in new[] { "title", "short", "summary" })
        {
            if (map.Scalar(key, diagnostics) is { } text)
            {
                OptionText.Check(text, diagnostics);
            }
        }

        var actors = map.ScalarList("actors", diagnostics).Select(a => a.Value).ToArray();
        return new OptionSpec(idNode.Value, map.String("title", diagnostics) ?? string.Empty, actors, map.String("summary", diagnostics) ?? string.Empty,
            Points(map, "pros", sources, diagnostics), Points(map, "cons", sources, diagnostics), node.File, node.Line, node.Column)
        {
            Label = map.String("short", diagnostics) ?? string.Empty,
        };
    }

    private static IReadOnlyList<OptionPoint> Points(YamlMapping map, string key, SourceLibrary sources, DiagnosticBag diagnostics)
    {
        var points = new List<OptionPoint>();
        foreach (var item in map[key].AsSequence(diagnostics, $"'{key}'")?.Items ?? [])
        {
            var point = item.AsMapping(diagnostics, $"an item of '{key}'");
            if (point is null || !point.CheckKeys(diagnostics, OptionsFileShape.Point, $"an item of '{key}'"))
            {
                continue;
            }

            if (point.Scalar("text", diagnostics) is { } text)
            {
                OptionText.Check(text, diagnostics);
            }

            var cited = point.ScalarList("sources", diagnostics);
            var known = cited.Where(c => sources.CheckCitation(c, diagnostics)).Select(c => c.Value).ToArray();
            points.Add(new OptionPoint(point.String("text", diagnostics) ?? string.Empty, known));
        }

        return points;
    }
}
