using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Testing;

/// <summary>
/// Reads rules/tests/*.yaml against a rule base and its situations folder. Every problem becomes a positioned
/// diagnostic (PA06xx, plus the situation and YAML codes); a test with errors is left out, and nothing throws on
/// bad input.
/// </summary>
public sealed class RuleTestLoader
{

    private readonly TestSituationBuilder _situations;
    private readonly ExpectationReader _expectations;

    /// <summary>Creates a loader; situations named by tests are looked up in <paramref name="situationsDirectory"/>.</summary>
    public RuleTestLoader(RuleBase ruleBase, string situationsDirectory)
    {
        ArgumentNullException.ThrowIfNull(ruleBase);
        ArgumentNullException.ThrowIfNull(situationsDirectory);
        _situations = new TestSituationBuilder(ruleBase, situationsDirectory);
        _expectations = new ExpectationReader(ruleBase);
    }

    /// <summary>Loads every *.yaml in <paramref name="testsDirectory"/> (ordinal file order); test names must be unique across them.</summary>
    public IReadOnlyList<RuleTestCase> LoadFolder(string testsDirectory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(testsDirectory);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = Directory.Exists(testsDirectory)
            ? Directory.EnumerateFiles(testsDirectory, "*.yaml").Order(StringComparer.Ordinal).ToArray()
            : [];
        if (files.Length == 0)
        {
            diagnostics.Error(AdviceCodes.NoTests, "no rule test files (*.yaml) found", GuardedYamlReader.DisplayPath(testsDirectory), 0, 0);
        }

        var names = new Dictionary<string, RuleTestCase>(StringComparer.Ordinal);
        return files.SelectMany(f => Load(f, names, diagnostics, testsDirectory)).ToArray();
    }

    /// <summary>Loads one test file.</summary>
    public IReadOnlyList<RuleTestCase> LoadFile(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Load(path, new Dictionary<string, RuleTestCase>(StringComparer.Ordinal), diagnostics, folder: null);
    }

    private List<RuleTestCase> Load(string path, Dictionary<string, RuleTestCase> names, DiagnosticBag diagnostics, string? folder)
    {
        var tests = new List<RuleTestCase>();
        var root = GuardedYamlReader.ReadFile(path, diagnostics, folder: folder).AsMapping(diagnostics, "a rule test file");
        if (root is null || !root.CheckKeys(diagnostics, RuleTestShape.File))
        {
            return tests;
        }

        foreach (var node in root["tests"].AsSequence(diagnostics, "'tests'")?.Items ?? [])
        {
            if (ReadTest(node, names, diagnostics) is { } test)
            {
                names[test.Name] = test;
                tests.Add(test);
            }
        }

        return tests;
    }

    private RuleTestCase? ReadTest(YamlNode node, Dictionary<string, RuleTestCase> names, DiagnosticBag diagnostics)
    {
        if (node.AsMapping(diagnostics, "a rule test") is not { } map)
        {
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        map.CheckKeys(diagnostics, RuleTestShape.Test);
        var name = map.String("name", diagnostics) ?? string.Empty;
        if (names.TryGetValue(name, out var earlier))
        {
            diagnostics.Error(AdviceCodes.DuplicateTestName, $"test name '{name}' is already used at {GuardedYamlReader.DisplayPath(earlier.File)}({earlier.Line})", map.KeyNode("name") ?? (YamlNode)map);
        }

        var situation = _situations.Build(map, name, diagnostics);
        var expect = _expectations.Read(map["expect"], diagnostics);
        if (map.Has("expect") && expect.IsEmpty && diagnostics.ErrorCount == errorsBefore)
        {
            diagnostics.Warning(AdviceCodes.EmptyExpectation, $"test '{name}' expects nothing, so it cannot fail", map.KeyNode("expect")!);
        }

        return situation is null || diagnostics.ErrorCount > errorsBefore
            ? null
            : new RuleTestCase(name, situation, expect, GuardedYamlReader.DisplayPath(map.File), map.Line, map.Column);
    }
}
