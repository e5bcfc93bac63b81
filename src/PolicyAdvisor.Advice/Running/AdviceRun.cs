using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Running;

/// <summary>
/// The outcome of running one situation: a live session whose conclusions can be read, explained, and
/// changed in place (what-if) with NRules' linked facts doing the bookkeeping: a changed premise updates or
/// retracts everything that rested on it. Every listing is in a stable order of the advisor's own (situation
/// facts in file order, then derived facts by rule load order and id), never in NRules' firing order.
/// </summary>
public sealed class AdviceRun
{
    private readonly RuleSession _session;
    private readonly ProvenanceRecorder? _recorder;
    private IReadOnlyList<object>? _facts;

    internal AdviceRun(RuleBase ruleBase, Situation situation, DateTime asOf, RuleSession session, ProvenanceRecorder? recorder)
    {
        RuleBase = ruleBase;
        Situation = situation;
        AsOf = asOf;
        _session = session;
        _recorder = recorder;
    }

    /// <summary>The rule base the run used.</summary>
    public RuleBase RuleBase { get; }

    /// <summary>The situation as currently asserted (what-if changes included).</summary>
    public Situation Situation { get; private set; }

    /// <summary>The as-of date the rules reasoned with.</summary>
    public DateTime AsOf { get; }

    /// <summary>Recommendations in working memory, by rule load order, then id.</summary>
    public IReadOnlyList<RecommendationConclusion> Recommendations => RuleBase.Conclusions.Recommendations(Facts);

    /// <summary>Risks in working memory, by rule load order, then id.</summary>
    public IReadOnlyList<RiskConclusion> Risks => RuleBase.Conclusions.Risks(Facts);

    /// <summary>Trade-offs in working memory, by rule load order, then id.</summary>
    public IReadOnlyList<TradeoffConclusion> Tradeoffs => RuleBase.Conclusions.Tradeoffs(Facts);

    /// <summary>Ids of the options recommended, sorted ordinally.</summary>
    public IReadOnlyList<string> RecommendedOptions =>
        Recommendations.Select(r => r.Option).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Every fact in working memory: the Situation fact, the situation's facts in file order, then derived facts by
    /// the load order of the rule that derived them and by id.
    /// </summary>
    public IReadOnlyList<object> Facts => _facts ??= _session.Ordered();

    /// <summary>Facts of the named schema type in working memory, in the order of <see cref="Facts"/>.</summary>
    public IReadOnlyList<object> FactsOf(string typeName)
    {
        var type = RuleBase.Schema.RuntimeType(typeName);
        return Facts.Where(type.IsInstanceOfType).ToArray();
    }

    /// <summary>The firing that concluded <paramref name="fact"/>; null for situation facts or an untraced run.</summary>
    public Derivation? DerivationOf(object fact) => _recorder?.Of(fact);

    /// <summary>The situation fact a runtime fact came from, or null for derived and built-in facts.</summary>
    public SituationFact? SituationFactOf(object fact) =>
        _recorder?.Of(fact) is null ? Situation.Find(RuleBase.Schema.IdOf(fact)) : null;

    /// <summary>Sets one field of one situation fact in the live session (an NRules update) and fires again.</summary>
    /// <exception cref="RuleRunException">A run budget was passed, or a condition or action failed.</exception>
    public void Set(string factId, string field, object? value)
    {
        var fact = FindFact(factId);
        _facts = null;
        _session.Update(RuleBase.Schema.WithField(fact, field, value));
        Situation = Situation.With(factId, field, value);
        _session.Fire();
    }

    /// <summary>Retracts one situation fact (with everything that rested on it) and fires again.</summary>
    /// <exception cref="RuleRunException">A run budget was passed, or a condition or action failed.</exception>
    public void Retract(string factId)
    {
        var fact = FindFact(factId);
        _facts = null;
        _session.Retract(fact);
        Situation = Situation with { Facts = Situation.Facts.Where(f => f.Id != factId).ToArray() };
        _session.Fire();
    }

    private object FindFact(string factId)
    {
        var known = Situation.Find(factId) ?? throw new ArgumentException($"The situation has no fact '{factId}'.", nameof(factId));
        return FactsOf(known.Type).First(f => RuleBase.Schema.IdOf(f) == factId);
    }
}
