namespace PolicyAdvisor.Rules;

/// <summary>Reads the built-in conclusion facts (Recommendation, Risk, Tradeoff) back into records.</summary>
public sealed class ConclusionReader
{
    private readonly FactSchema _schema;
    private readonly RuleBase _rules;

    internal ConclusionReader(FactSchema schema, RuleBase rules)
    {
        _schema = schema;
        _rules = rules;
    }

    /// <summary>The recommendation <paramref name="fact"/> states, or null if it is not a Recommendation.</summary>
    public RecommendationConclusion? Recommendation(object fact) =>
        Is(fact, BuiltInTypes.Recommendation)
            ? new RecommendationConclusion(_schema.IdOf(fact), Text(fact, "option"), Text(fact, "strength"), Text(fact, "rule"), Text(fact, "because"))
            : null;

    /// <summary>The risk <paramref name="fact"/> states, or null if it is not a Risk.</summary>
    public RiskConclusion? Risk(object fact) =>
        Is(fact, BuiltInTypes.Risk)
            ? new RiskConclusion(_schema.IdOf(fact), Text(fact, "risk"), Text(fact, "severity"), ((IEnumerable<string>)_schema.FieldValue(fact, "against")!).ToArray(), Text(fact, "rule"), Text(fact, "because"))
            : null;

    /// <summary>The trade-off <paramref name="fact"/> states, or null if it is not a Tradeoff.</summary>
    public TradeoffConclusion? Tradeoff(object fact)
    {
        if (!Is(fact, BuiltInTypes.Tradeoff))
        {
            return null;
        }

        var rule = Text(fact, "rule");
        var sides = _rules.FindRule(rule)?.Action.Sides ?? [];
        return new TradeoffConclusion(_schema.IdOf(fact), Text(fact, "tradeoff"), sides, rule, Text(fact, "because"));
    }

    /// <summary>The recommendations among <paramref name="facts"/>, in their order.</summary>
    public IReadOnlyList<RecommendationConclusion> Recommendations(IEnumerable<object> facts) =>
        Of(facts, BuiltInTypes.Recommendation).Select(f => Recommendation(f)!).ToArray();

    /// <summary>The risks among <paramref name="facts"/>, in their order.</summary>
    public IReadOnlyList<RiskConclusion> Risks(IEnumerable<object> facts) =>
        Of(facts, BuiltInTypes.Risk).Select(f => Risk(f)!).ToArray();

    /// <summary>The trade-offs among <paramref name="facts"/>, in their order.</summary>
    public IReadOnlyList<TradeoffConclusion> Tradeoffs(IEnumerable<object> facts) =>
        Of(facts, BuiltInTypes.Tradeoff).Select(f => Tradeoff(f)!).ToArray();

    /// <summary>The facts of derived (rule-asserted, non built-in) types among <paramref name="facts"/>, in their order.</summary>
    public IReadOnlyList<object> Derived(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Where(f => _schema.IsFact(f) && _schema.Find(_schema.TypeNameOf(f)) is { Derived: true, BuiltIn: false }).ToArray();
    }

    private IEnumerable<object> Of(IEnumerable<object> facts, string type)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Where(f => Is(f, type));
    }

    private bool Is(object fact, string type) => _schema.IsFact(fact) && _schema.TypeNameOf(fact) == type;

    private string Text(object fact, string field) => (string?)_schema.FieldValue(fact, field) ?? string.Empty;
}
