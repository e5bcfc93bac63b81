using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Testing;

/// <summary>
/// Builds the situation a rule test runs: the named situation file (or none), then <c>retract</c>, then the extra
/// <c>facts</c> (an id already present replaces only the fields given, as with <c>extends</c>), then <c>set</c>,
/// then <c>as_of</c>. The changes are applied before the run, so "fired" means fired in the changed situation.
/// </summary>
internal sealed class TestSituationBuilder(RuleBase ruleBase, string situationsDirectory)
{
    private readonly SituationLoader _loader = new(ruleBase.Schema, ruleBase.Sources);

    // Each situation file is loaded (and its problems reported) once, however many tests use it.
    private readonly Dictionary<string, Situation?> _situations = new(StringComparer.Ordinal);

    /// <summary>The situation for the test in <paramref name="test"/>, or null after reporting why there is none.</summary>
    public Situation? Build(YamlMapping test, string name, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var situation = Start(test, name, diagnostics);
        if (situation is null)
        {
            return null;
        }

        var facts = situation.Facts.ToList();
        foreach (var id in test.ScalarList("retract", diagnostics))
        {
            if (facts.RemoveAll(f => f.Id == id.Value) == 0)
            {
                diagnostics.Error(AdviceCodes.UnknownTestFact, $"retract '{id.Value}': the situation has no such fact{Suggest.DidYouMean(id.Value, facts.Select(f => f.Id))}", id);
            }
        }

        AddFacts(test, facts, diagnostics);
        situation = ApplySets(test, situation with { Facts = facts }, diagnostics);
        if (test.Scalar("as_of", diagnostics) is { } asOf && YamlReading.ToDate(asOf, diagnostics) is { } date)
        {
            situation = situation with { AsOf = date };
        }

        return diagnostics.ErrorCount > errorsBefore ? null : situation;
    }

    private Situation? Start(YamlMapping test, string name, DiagnosticBag diagnostics)
    {
        if (test.Scalar("situation", diagnostics) is { } stem)
        {
            return LoadSituation(stem, diagnostics);
        }

        if (!test.Has("facts"))
        {
            diagnostics.Error(AdviceCodes.BadTest, $"test '{name}' needs 'situation' (a situation file stem) or 'facts'", test);
            return null;
        }

        if (!test.Has("as_of"))
        {
            diagnostics.Warning(AdviceCodes.NoTestDate, $"test '{name}' has no situation and no 'as_of'; rules comparing dates will reason as of 0001-01-01", test);
        }

        var file = GuardedYamlReader.DisplayPath(test.File);
        return new Situation(name, DateTime.MinValue, string.Empty, file, [], [file]);
    }

    private Situation? LoadSituation(YamlScalar stem, DiagnosticBag diagnostics)
    {
        if (_situations.TryGetValue(stem.Value, out var cached))
        {
            return cached;
        }

        var path = Path.Combine(situationsDirectory, stem.Value + ".yaml");
        if (stem.Value.IndexOfAny(['/', '\\']) >= 0 || !File.Exists(path))
        {
            var known = Directory.Exists(situationsDirectory)
                ? Directory.EnumerateFiles(situationsDirectory, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>()
                : [];
            diagnostics.Error(AdviceCodes.UnknownTestSituation, $"situation '{stem.Value}' is not in the situations folder{Suggest.DidYouMean(stem.Value, known)}", stem);
            return null;
        }

        var situation = _loader.Load(path, diagnostics, situationsDirectory);
        _situations[stem.Value] = situation;
        return situation;
    }

    private void AddFacts(YamlMapping test, List<SituationFact> facts, DiagnosticBag diagnostics)
    {
        foreach (var node in test["facts"].AsSequence(diagnostics, "'facts'")?.Items ?? [])
        {
            var index = -1;
            var fact = _loader.ReadFact(node, id => (index = facts.FindIndex(f => f.Id == id)) >= 0 ? facts[index] : null, diagnostics);
            if (fact is null)
            {
                continue;
            }

            if (index >= 0)
            {
                facts[index] = fact;
            }
            else
            {
                facts.Add(fact);
            }
        }
    }

    private Situation ApplySets(YamlMapping test, Situation situation, DiagnosticBag diagnostics)
    {
        foreach (var (key, valueNode) in test["set"].AsMapping(diagnostics, "'set'")?.Entries ?? [])
        {
            var dot = key.Value.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || dot == key.Value.Length - 1)
            {
                diagnostics.Error(AdviceCodes.BadTest, $"set '{key.Value}': write \"<fact id>.<field>\"", key);
                continue;
            }

            var (factId, fieldName) = (key.Value[..dot], key.Value[(dot + 1)..]);
            if (situation.Find(factId) is not { } fact)
            {
                diagnostics.Error(AdviceCodes.UnknownTestFact, $"set '{key.Value}': the situation has no fact '{factId}'{Suggest.DidYouMean(factId, situation.Facts.Select(f => f.Id))}", key);
                continue;
            }

            var type = ruleBase.Schema.Find(fact.Type)!;
            if (type.Field(fieldName) is not { } field)
            {
                diagnostics.Error(AdviceCodes.UnknownTestFact, $"set '{key.Value}': {type.Name} has no field '{fieldName}'{Suggest.DidYouMean(fieldName, type.Fields.Select(f => f.Name))}", key);
                continue;
            }

            var errorsBefore = diagnostics.ErrorCount;
            var value = ruleBase.Schema.ConvertValue(field, valueNode, diagnostics);
            if (diagnostics.ErrorCount == errorsBefore)
            {
                situation = situation.With(factId, field.Name, value);
            }
        }

        return situation;
    }
}
