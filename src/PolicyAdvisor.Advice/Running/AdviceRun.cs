using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Engine;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Running;

/// <summary>
/// The outcome of running one situation: a live session whose conclusions can be read, explained, and
/// changed in place (what-if) with the engine's truth maintenance doing the bookkeeping.
/// </summary>
public sealed class AdviceRun
{
    private readonly ISession _session;
    private readonly ProvenanceRecorder? _recorder;

    internal AdviceRun(RuleBase ruleBase, Situation situation, DateTime asOf, ISession session, ProvenanceRecorder? recorder)
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

    /// <summary>Recommendations in working memory, in arrival order.</summary>
    public IReadOnlyList<RecommendationConclusion> Recommendations => RuleBase.Conclusions.Recommendations(_session);

    /// <summary>Risks in working memory, in arrival order.</summary>
    public IReadOnlyList<RiskConclusion> Risks => RuleBase.Conclusions.Risks(_session);

    /// <summary>Trade-offs in working memory, in arrival order.</summary>
    public IReadOnlyList<TradeoffConclusion> Tradeoffs => RuleBase.Conclusions.Tradeoffs(_session);

    /// <summary>Ids of the options recommended, sorted ordinally.</summary>
    public IReadOnlyList<string> RecommendedOptions =>
        Recommendations.Select(r => r.Option).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every fact in working memory, in arrival order.</summary>
    public IReadOnlyList<object> Facts => _session.Query<object>().ToArray();

    /// <summary>Facts of the named schema type in working memory.</summary>
    public IReadOnlyList<object> FactsOf(string typeName) => _session.Query(RuleBase.Schema.RuntimeType(typeName)).ToArray();

    /// <summary>The firing that concluded <paramref name="fact"/>; null for situation facts or an untraced run.</summary>
    public Derivation? DerivationOf(object fact) => _recorder?.Of(fact);

    /// <summary>The situation fact a runtime fact came from, or null for derived and built-in facts.</summary>
    public SituationFact? SituationFactOf(object fact) =>
        _recorder?.Of(fact) is null ? Situation.Find(RuleBase.Schema.IdOf(fact)) : null;

    /// <summary>Sets one field of one situation fact in the live session and fires again.</summary>
    public void Set(string factId, string field, object? value)
    {
        var fact = FindFact(factId);
        _session.Update(RuleBase.Schema.WithField(fact, field, value));
        Situation = Situation.With(factId, field, value);
        _session.Fire();
    }

    /// <summary>Retracts one situation fact (with everything that rested on it) and fires again.</summary>
    public void Retract(string factId)
    {
        _session.Retract(FindFact(factId));
        Situation = Situation with { Facts = Situation.Facts.Where(f => f.Id != factId).ToArray() };
        _session.Fire();
    }

    private object FindFact(string factId)
    {
        var known = Situation.Find(factId) ?? throw new ArgumentException($"The situation has no fact '{factId}'.", nameof(factId));
        return FactsOf(known.Type).First(f => RuleBase.Schema.IdOf(f) == factId);
    }
}
