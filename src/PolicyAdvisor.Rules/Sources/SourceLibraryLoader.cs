namespace PolicyAdvisor.Rules;

/// <summary>Reads seeds/sources/*.yaml into a <see cref="SourceLibrary"/>, reporting every problem.</summary>
public static class SourceLibraryLoader
{

    /// <summary>The claim kinds a digest may use.</summary>
    public static IReadOnlyList<string> ClaimKinds => DigestFileShape.ClaimKinds;

    /// <summary>
    /// Loads every *.yaml in <paramref name="directory"/> (ordinal file order) through <paramref name="reader"/>;
    /// a digest that is a link leading outside the folder is refused.
    /// </summary>
    public static SourceLibrary Load(string directory, DiagnosticBag diagnostics, InputReader? reader = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!Directory.Exists(directory))
        {
            diagnostics.Error(DiagnosticCodes.FileMissing, "sources folder not found", GuardedYamlReader.DisplayPath(directory), 0, 0);
            return new SourceLibrary([]);
        }

        var sources = new List<SourceSpec>();
        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var root = GuardedYamlReader.ReadFile(path, diagnostics, reader: reader, folder: directory);
            var source = root is null ? null : ReadSource(root, claimIds, diagnostics);
            if (source is not null)
            {
                if (sources.Exists(s => s.Id == source.Id))
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateClaim, $"source id '{source.Id}' is used by another digest", root!);
                    continue;
                }

                sources.Add(source);
            }
        }

        return new SourceLibrary(sources.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray());
    }

    private static SourceSpec? ReadSource(YamlNode root, HashSet<string> claimIds, DiagnosticBag diagnostics)
    {
        var map = root.AsMapping(diagnostics, "a source digest");
        if (map is null || !map.CheckKeys(diagnostics, DigestFileShape.File))
        {
            return null;
        }

        var id = map.String("id", diagnostics) ?? string.Empty;
        var sections = map.ScalarList("sections", diagnostics).Select(s => s.Value).ToArray();
        var claims = new List<ClaimSpec>();
        foreach (var item in map["claims"].AsSequence(diagnostics, "'claims'")?.Items ?? [])
        {
            var claim = ReadClaim(item, id, sections, claimIds, diagnostics);
            if (claim is not null)
            {
                claims.Add(claim);
            }
        }

        return new SourceSpec(id, Text(map, "file", diagnostics), Text(map, "title", diagnostics), Text(map, "publisher", diagnostics),
            Text(map, "author", diagnostics), Text(map, "date", diagnostics), sections, claims, root.File);
    }

    private static ClaimSpec? ReadClaim(YamlNode node, string sourceId, IReadOnlyList<string> sections, HashSet<string> claimIds, DiagnosticBag diagnostics)
    {
        var map = node.AsMapping(diagnostics, "a claim");
        if (map is null || !map.CheckKeys(diagnostics, DigestFileShape.Claim))
        {
            return null;
        }

        var idNode = map.Scalar("id", diagnostics)!;
        var id = idNode.Value;
        if (!id.StartsWith(sourceId + "#", StringComparison.Ordinal) || !int.TryParse(id.AsSpan(sourceId.Length + 1), out _))
        {
            diagnostics.Error(DiagnosticCodes.BadClaimId, $"claim id '{id}' must be '{sourceId}#<number>'", idNode);
            return null;
        }

        if (!claimIds.Add(id))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateClaim, $"claim id '{id}' is used twice", idNode);
            return null;
        }

        var kind = map.Choice("kind", diagnostics, ClaimKinds.ToArray());
        string? section = null;
        int? paragraph = null;
        if (map["locator"].AsMapping(diagnostics, "'locator'") is { } locator && locator.CheckKeys(diagnostics, DigestFileShape.Locator))
        {
            section = locator.String("section", diagnostics);
            paragraph = locator.Int("paragraph", diagnostics);
            if (section is not null && sections.Count > 0 && !sections.Contains(section, StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.UnknownSection, $"section '{section}' is not in this digest's sections{Suggest.DidYouMean(section, sections)}", locator.Scalar("section", diagnostics)!);
            }
        }

        var until = ValidityWindow.Read(map, diagnostics, DiagnosticCodes.TwoValidityKeys);
        return kind is null ? null : new ClaimSpec(id, sourceId, kind, map.String("text", diagnostics) ?? string.Empty, section, paragraph, node.File, node.Line, node.Column) { Until = until };
    }

    private static string Text(YamlMapping map, string key, DiagnosticBag diagnostics) => map.String(key, diagnostics) ?? string.Empty;
}
