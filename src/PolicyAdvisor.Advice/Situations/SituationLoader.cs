using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Situations;

/// <summary>
/// Reads situation files against the fact schema. Every problem becomes a positioned diagnostic; the loader
/// returns null when any error was found and never throws on bad input.
/// </summary>
/// <param name="schema">The fact schema facts are checked against.</param>
/// <param name="sources">The digests cited claims must be in; null skips the check.</param>
/// <param name="risks">The risk ids rules can raise, which <c>realises</c> may name; null skips the check.</param>
public sealed class SituationLoader(FactSchema schema, SourceLibrary? sources, IReadOnlyCollection<string>? risks = null)
{
    private const int MaxExtendsDepth = 8;

    /// <summary>
    /// A loader for situations run against <paramref name="ruleBase"/>: its schema, its digests, and the risks its
    /// rules raise, which <c>realises</c> may name.
    /// </summary>
    public static SituationLoader For(RuleBase ruleBase)
    {
        ArgumentNullException.ThrowIfNull(ruleBase);
        var risks = ruleBase.Rules.Where(r => r.Action.Kind == ActionKind.Risk).Select(r => r.Action.Target).ToHashSet(StringComparer.Ordinal);
        return new SituationLoader(ruleBase.Schema, ruleBase.Sources, risks);
    }

    /// <summary>The confidence words, weakest first.</summary>
    public static IReadOnlyList<string> Confidences { get; } = ["low", "moderate", "high"];

    /// <summary>Loads <paramref name="path"/>; null when it has errors (reported to <paramref name="diagnostics"/>).</summary>
    public Situation? Load(string path, DiagnosticBag diagnostics) => Load(path, diagnostics, folder: null);

    /// <summary>
    /// Loads <paramref name="path"/>, which must really lie in <paramref name="folder"/> when one is given (a
    /// situation named by its stem: a link leading out of the situations folder is refused). Null when it has
    /// errors. The situation records every file read, with its hash, for the fingerprint.
    /// </summary>
    public Situation? Load(string path, DiagnosticBag diagnostics, string? folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errorsBefore = diagnostics.ErrorCount;
        var reader = new InputReader();
        var situation = Load(path, diagnostics, [], reader, folder);
        return diagnostics.ErrorCount > errorsBefore || situation is null ? null : situation with { Inputs = reader.Files };
    }

    private Situation? Load(string path, DiagnosticBag diagnostics, List<string> chain, InputReader reader, string? folder)
    {
        var file = GuardedYamlReader.DisplayPath(path);
        var root = GuardedYamlReader.ReadFile(path, diagnostics, reader: reader, folder: folder).AsMapping(diagnostics, "a situation");
        if (root is null)
        {
            return null;
        }

        root.CheckKeys(diagnostics, SituationShape.File);
        chain.Add(Path.GetFullPath(path));
        var baseSituation = LoadBase(path, root, diagnostics, chain, reader);
        var facts = new List<SituationFact>(baseSituation?.Facts ?? []);
        ApplyRetractions(root, facts, diagnostics);

        // Ids to places in `facts`, so that a situation of 100,000 facts loads in linear time.
        var places = new Dictionary<string, int>(facts.Count, StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++)
        {
            places[facts[i].Id] = i;
        }

        var ownLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in root["facts"].AsSequence(diagnostics, "'facts'")?.Items ?? [])
        {
            var index = -1;
            if (ReadFact(node, id => (index = places.GetValueOrDefault(id, -1)) >= 0 && !ownLines.ContainsKey(id) ? facts[index] : null, diagnostics) is not { } fact)
            {
                continue;
            }

            if (ownLines.TryGetValue(fact.Id, out var line))
            {
                diagnostics.Error(AdviceCodes.DuplicateFactId, $"fact id '{fact.Id}' is already used at line {line}", node);
                continue;
            }

            ownLines[fact.Id] = fact.Line;
            if (index >= 0)
            {
                facts[index] = fact;
            }
            else
            {
                places[fact.Id] = facts.Count;
                facts.Add(fact);
            }
        }

        var asOf = root.Scalar("as_of", diagnostics) is { } asOfNode ? YamlReading.ToDate(asOfNode, diagnostics) : baseSituation?.AsOf;
        if (asOf is null && !root.Has("as_of"))
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, "a situation is missing required key 'as_of'", root);
        }

        var title = root.String("title", diagnostics) ?? baseSituation?.Title;
        if (title is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, "a situation is missing required key 'title'", root);
        }

        return new Situation(
            title ?? string.Empty,
            asOf ?? DateTime.MinValue,
            root.String("description", diagnostics) ?? string.Empty,
            file,
            facts,
            [file, .. baseSituation?.Files ?? []]);
    }

    private Situation? LoadBase(string path, YamlMapping root, DiagnosticBag diagnostics, List<string> chain, InputReader reader)
    {
        if (root.Scalar("extends", diagnostics) is not { } extends)
        {
            return null;
        }

        // A stem, never a path: a situation from outside must not make the tool read files elsewhere on disk.
        if (extends.Value.Length == 0 || extends.Value.StartsWith('.') || extends.Value.IndexOfAny(['/', '\\', ':']) >= 0)
        {
            diagnostics.Error(AdviceCodes.BadExtends, $"extends '{extends.Value}': give the file stem of a situation beside this one, not a path", extends);
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var basePath = Path.Combine(folder, extends.Value + ".yaml");
        if (!File.Exists(basePath))
        {
            diagnostics.Error(AdviceCodes.BadExtends, $"extends '{extends.Value}': no situation file '{extends.Value}.yaml' beside this one", extends);
            return null;
        }

        if (chain.Contains(Path.GetFullPath(basePath)) || chain.Count >= MaxExtendsDepth)
        {
            diagnostics.Error(AdviceCodes.BadExtends, $"extends '{extends.Value}' makes a cycle or a chain deeper than {MaxExtendsDepth}", extends);
            return null;
        }

        // The base must really lie beside this file: a link named like a situation cannot lead elsewhere.
        return Load(basePath, diagnostics, chain, reader, folder);
    }

    private static void ApplyRetractions(YamlMapping root, List<SituationFact> facts, DiagnosticBag diagnostics)
    {
        var retract = root.ScalarList("retract", diagnostics);
        if (retract.Count == 0)
        {
            return;
        }

        var present = facts.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in retract)
        {
            if (present.Remove(id.Value))
            {
                dropped.Add(id.Value);
            }
            else
            {
                diagnostics.Error(AdviceCodes.UnknownFact, $"retract '{id.Value}': no fact with that id{Suggest.DidYouMean(id.Value, present)}", id);
            }
        }

        facts.RemoveAll(f => dropped.Contains(f.Id));
    }

    /// <summary>Reads one fact; <paramref name="baseFact"/> gives the inherited fact an id overrides, if any.</summary>
    internal SituationFact? ReadFact(YamlNode node, Func<string, SituationFact?> baseFact, DiagnosticBag diagnostics)
    {
        if (node.AsMapping(diagnostics, "a fact") is not { } map || !map.CheckKeys(diagnostics, SituationShape.Fact))
        {
            return null;
        }

        var typeNode = map.Scalar("type", diagnostics);
        var type = typeNode is null ? null : schema.Find(typeNode.Value);
        if (typeNode is null || type is null || type.Derived || type.BuiltIn)
        {
            if (typeNode is not null)
            {
                var why = type is null
                    ? $"unknown fact type '{typeNode.Value}'{Suggest.DidYouMean(typeNode.Value, schema.Types.Where(t => !t.Derived && !t.BuiltIn).Select(t => t.Name))}"
                    : $"fact type '{typeNode.Value}' is concluded by rules; a situation cannot state it";
                diagnostics.Error(AdviceCodes.UnknownFactType, why, typeNode);
            }

            return null;
        }

        var id = map.String("id", diagnostics) ?? KebabCase(type.Name);
        var inherited = baseFact(id);
        if (inherited is not null && inherited.Type != type.Name)
        {
            diagnostics.Error(AdviceCodes.DuplicateFactId, $"fact '{id}' is a {inherited.Type} in the situation it extends, not a {type.Name}", typeNode);
            return null;
        }

        var values = new List<KeyValuePair<string, object?>>(inherited?.Values ?? []);
        foreach (var (key, valueNode) in map["fields"].AsMapping(diagnostics, "'fields'")?.Entries ?? [])
        {
            if (type.Field(key.Value) is not { } field)
            {
                diagnostics.Error(AdviceCodes.UnknownField, $"{type.Name} has no field '{key.Value}'{Suggest.DidYouMean(key.Value, type.Fields.Select(f => f.Name))}", key);
                continue;
            }

            var value = schema.ConvertValue(field, valueNode, diagnostics);
            values.RemoveAll(v => v.Key == field.Name);
            values.Add(new(field.Name, value));
        }

        var confidence = map.Scalar("confidence", diagnostics) is { } c
            ? YamlReading.ToChoice(c, diagnostics, Confidences, "confidence")
            : inherited?.Confidence;
        if (confidence is null && !map.Has("confidence"))
        {
            diagnostics.Error(AdviceCodes.BadConfidence, $"fact '{id}' needs a confidence: {string.Join(", ", Confidences)}", map);
        }

        var claims = ReadClaims(map, diagnostics);
        if (claims.Count == 0 && inherited is null)
        {
            diagnostics.Warning(AdviceCodes.NoSources, $"fact '{id}' cites no claim it rests on", map);
        }

        return new SituationFact(
            id,
            type.Name,
            values,
            confidence ?? "moderate",
            claims.Count > 0 ? claims : inherited?.Sources ?? [],
            map.String("note", diagnostics) ?? inherited?.Note,
            GuardedYamlReader.DisplayPath(map.File),
            map.Line,
            new UncertaintyReader(schema, risks).Read(id, type, map, diagnostics) is { Count: > 0 } u ? u : inherited?.Uncertain ?? [])
        {
            // A fact restated with new fields is stated anew: the window of the old statement does not carry over.
            Until = map.Has("until") || map.Has("expires") ? ValidityWindow.Read(map, diagnostics, AdviceCodes.TwoValidityKeys) : map.Has("fields") ? null : inherited?.Until,
            Label = map.String("label", diagnostics) ?? inherited?.Label,
        };
    }

    private List<string> ReadClaims(YamlMapping map, DiagnosticBag diagnostics)
    {
        var claims = new List<string>();
        foreach (var claim in map.ScalarList("sources", diagnostics))
        {
            // The digests own the citation check, so rules and situations report unknown claims alike.
            sources?.CheckCitation(claim, diagnostics);
            claims.Add(claim.Value);
        }

        return claims;
    }

    /// <summary>The default fact id for a type: <c>RussianPosture</c> becomes <c>russian-posture</c>.</summary>
    public static string KebabCase(string typeName) =>
        string.Concat(typeName.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
