using PolicyAdvisor.Engine;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Everything loaded from rules/ and the source digests: schema, options, sources, rules and the compiled
/// engine factory. Immutable; share one across sessions.
/// </summary>
public sealed class RuleBase
{
    internal RuleBase(FactSchema schema, OptionCatalog options, SourceLibrary sources, IReadOnlyList<RuleSpec> rules, ISessionFactory? sessionFactory, IReadOnlyList<InputRecord>? inputs = null)
    {
        Inputs = inputs ?? [];
        Schema = schema;
        Options = options;
        Sources = sources;
        Rules = rules;
        SessionFactory = sessionFactory;
    }

    /// <summary>The fact schema (built-ins plus facts.yaml).</summary>
    public FactSchema Schema { get; }

    /// <summary>The option catalog.</summary>
    public OptionCatalog Options { get; }

    /// <summary>The source digests.</summary>
    public SourceLibrary Sources { get; }

    /// <summary>The valid rules in load order (files in ordinal path order, rules in file order).</summary>
    public IReadOnlyList<RuleSpec> Rules { get; }

    /// <summary>Every file the loader read (digests, facts.yaml, options.yaml, rule files), with its hash.</summary>
    public IReadOnlyList<InputRecord> Inputs { get; }

    /// <summary>The compiled engine, or null when the rule base has errors.</summary>
    public ISessionFactory? SessionFactory { get; }

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    public RuleSpec? FindRule(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>The rule spec behind an engine rule (its tag), or null.</summary>
    public static RuleSpec? SpecOf(RuleDefinition rule) => rule?.Tag as RuleSpec;

    /// <summary>A reader for the conclusions sessions of this rule base produce.</summary>
    public ConclusionReader Conclusions => new(Schema, this);

    /// <summary>
    /// The claim ids cited by rules (sources and trade-off sides) and options (pros and cons).
    /// </summary>
    public IReadOnlySet<string> CitedClaims()
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        cited.UnionWith(Rules.SelectMany(r => r.Sources.Concat(r.Action.Sides.SelectMany(s => s.Sources))));
        cited.UnionWith(Options.Options.SelectMany(o => o.Pros.Concat(o.Cons)).SelectMany(p => p.Sources));
        return cited;
    }

    /// <summary>
    /// For <c>sources check</c>: a warning for every claim no rule, option or the given situations cite
    /// (unknown citations are errors reported when loading).
    /// </summary>
    public IReadOnlyList<Diagnostic> UnusedClaims(IEnumerable<string> situationClaims)
    {
        ArgumentNullException.ThrowIfNull(situationClaims);
        return Sources.UnusedClaims(CitedClaims().Concat(situationClaims));
    }
}
