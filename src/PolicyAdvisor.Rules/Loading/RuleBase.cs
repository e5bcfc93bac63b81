using NRules;
using NRules.RuleModel;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Everything loaded from rules/ and the source digests: schema, options, sources, rules and the compiled
/// NRules session factory. Immutable; share one across sessions and threads.
/// </summary>
public sealed class RuleBase
{
    private readonly Dictionary<string, RuleSpec> _byId;
    private readonly Dictionary<string, int> _order;

    internal RuleBase(FactSchema schema, OptionCatalog options, SourceLibrary sources, IReadOnlyList<RuleSpec> rules, ISessionFactory? sessionFactory, RunBudgets budgets, IReadOnlyList<InputRecord>? inputs = null)
    {
        Inputs = inputs ?? [];
        Schema = schema;
        Options = options;
        Sources = sources;
        Rules = rules;
        SessionFactory = sessionFactory;
        Budgets = budgets;
        _byId = new Dictionary<string, RuleSpec>(StringComparer.Ordinal);
        _order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            _byId.TryAdd(rules[i].Id, rules[i]);
            _order.TryAdd(rules[i].Id, i);
        }
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

    /// <summary>The rules compiled by NRules, or null when the rule base has errors.</summary>
    public ISessionFactory? SessionFactory { get; }

    /// <summary>The bounds every run of these rules gets.</summary>
    public RunBudgets Budgets { get; }

    /// <summary>
    /// Fact ids that conditions compare a fact's <c>id</c> with (<c>id == "constitution-demand"</c>), with their
    /// positions: only the situations know which ids exist, so <c>rules check</c> checks them against those.
    /// </summary>
    public IReadOnlyList<LiteralUse> FactIdLiterals { get; init; } = [];

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    public RuleSpec? FindRule(string id) => id is null ? null : _byId.GetValueOrDefault(id);

    /// <summary>The YAML rule an NRules rule was translated from, or null for a rule of another rule base.</summary>
    public RuleSpec? SpecOf(IRuleDefinition rule) =>
        rule is not null && FindRule(rule.Name) is { } spec && ReferenceEquals(spec.Definition, rule) ? spec : null;

    /// <summary>
    /// The rule's place in load order (files in ordinal path order, rules in file order): the key conclusions are
    /// ordered by, so that no output depends on the order NRules happened to fire in. -1 for an unknown id.
    /// </summary>
    public int OrderOf(string ruleId) => ruleId is not null && _order.TryGetValue(ruleId, out var index) ? index : -1;

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
