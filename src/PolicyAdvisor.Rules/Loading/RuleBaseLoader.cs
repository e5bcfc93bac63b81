using NRules;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Loads and validates a whole rule base: rules/facts.yaml, rules/options.yaml, rules/**/*.rules.yaml and the
/// source digests; reports every problem, then compiles the rules with NRules when there are no errors.
/// </summary>
public static class RuleBaseLoader
{
    /// <summary>
    /// Loads the rule base. <paramref name="diagnostics"/> receives every error and warning, sorted by file and
    /// position. Never throws on bad input; when there are errors, <see cref="RuleBase.SessionFactory"/> is null.
    /// </summary>
    public static RuleBase Load(string rulesDirectory, string sourcesDirectory, out IReadOnlyList<Diagnostic> diagnostics, RuleBaseLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rulesDirectory);
        ArgumentNullException.ThrowIfNull(sourcesDirectory);
        options ??= new RuleBaseLoadOptions();
        var bag = new DiagnosticBag();
        var reader = new InputReader();
        var sources = SourceLibraryLoader.Load(sourcesDirectory, bag, reader);
        if (!Directory.Exists(rulesDirectory))
        {
            bag.Error(DiagnosticCodes.FileMissing, "rules folder not found", GuardedYamlReader.DisplayPath(rulesDirectory), 0, 0);
            diagnostics = bag.Sorted();
            return new RuleBase(new FactSchema([]), new OptionCatalog([]), sources, [], null, options.Budgets, reader.Files);
        }

        var schema = FactSchemaLoader.Load(Path.Combine(rulesDirectory, "facts.yaml"), bag, reader, rulesDirectory);
        var catalog = OptionCatalogLoader.Load(Path.Combine(rulesDirectory, "options.yaml"), sources, bag, schema, reader, rulesDirectory);
        var context = new RuleContext(schema, catalog, sources, new ExpressionCompiler(schema), bag, options.Budgets);
        var rules = new List<RuleSpec>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(rulesDirectory, "*.rules.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToArray();
        foreach (var path in files)
        {
            var root = GuardedYamlReader.ReadFile(path, bag, reader: reader, folder: rulesDirectory);
            if (root is not null)
            {
                rules.AddRange(new RuleFileReader(context).Read(root, seen));
            }
        }

        if (files.Length == 0)
        {
            bag.Warning(DiagnosticCodes.NoRules, "no *.rules.yaml files found", GuardedYamlReader.DisplayPath(rulesDirectory), 0, 0);
        }

        KnownValueCheck.Report(context.Compiler.LiteralUses, catalog, rules, bag);

        // With errors, part of the rule base is missing, so "nothing uses X" would mostly be false: one YAML error
        // would bring a dozen such warnings. They come back once the errors are fixed.
        var complete = !bag.HasErrors;
        if (complete)
        {
            UsageWarnings.Report(schema, catalog, rules, bag);
        }

        RuleBaseAnalysis.Report(schema, rules, rulesDirectory, bag);

        var factory = bag.HasErrors ? null : Compile(rules, options, bag);
        var ruleBase = new RuleBase(schema, catalog, sources, rules, factory, options.Budgets, reader.Files)
        {
            FactIdLiterals = context.Compiler.LiteralUses.Where(u => u.Member == "id").ToArray(),
        };
        if (options.WarnUnusedClaims && complete)
        {
            bag.AddRange(ruleBase.UnusedClaims(options.ExtraUsedClaims));
        }

        diagnostics = bag.Sorted();
        return ruleBase;
    }

    private static ISessionFactory? Compile(IReadOnlyList<RuleSpec> rules, RuleBaseLoadOptions options, DiagnosticBag bag)
    {
        // Fact identity needs no registration: every schema class is a RuntimeFact, an NRules IIdentityProvider.
        var compiler = new RuleCompiler { ExpressionCompiler = options.ExpressionCompiler ?? new FastExpressionCompilerAdapter() };

        try
        {
            return compiler.Compile(rules.Select(r => r.Definition));
        }
        catch (RuleCompilationException ex)
        {
            // Validation should have caught this; report it at the rule rather than crash.
            var rule = rules.FirstOrDefault(r => r.Id == ex.RuleName);
            bag.Error(DiagnosticCodes.EngineRefused, $"NRules refused rule '{ex.RuleName}': {FirstLine(ex.Message)}", rule?.File ?? string.Empty, rule?.Line ?? 0, rule?.Column ?? 0);
            return null;
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
