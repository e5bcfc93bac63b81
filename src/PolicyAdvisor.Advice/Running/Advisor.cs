using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Engine;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Running;

/// <summary>
/// Runs situations through a loaded rule base. Thread-safe: the compiled rules are shared and each run gets
/// its own session, so a sweep can call <see cref="Run"/> from many threads.
/// </summary>
public sealed class Advisor
{
    /// <summary>The id of the built-in Situation fact every run inserts first.</summary>
    public const string SituationFactId = "situation";

    /// <summary>Creates an advisor over a rule base that compiled without errors.</summary>
    public Advisor(RuleBase ruleBase)
    {
        ArgumentNullException.ThrowIfNull(ruleBase);
        RuleBase = ruleBase;
        if (ruleBase.SessionFactory is null)
        {
            throw new ArgumentException("The rule base has errors and no compiled rules.", nameof(ruleBase));
        }
    }

    /// <summary>The rules, schema, options and sources.</summary>
    public RuleBase RuleBase { get; }

    /// <summary>
    /// Asserts the situation's facts (plus the built-in Situation fact carrying the as-of date) and fires.
    /// </summary>
    /// <param name="situation">The situation.</param>
    /// <param name="asOf">Overrides the situation's as-of date.</param>
    /// <param name="traced">Record provenance for explanations; sweeps turn it off for speed.</param>
    /// <param name="observe">Subscribes to the session's events before any fact is inserted (the audit trail).</param>
    public AdviceRun Run(Situation situation, DateTime? asOf = null, bool traced = true, Action<ISessionEvents>? observe = null)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var schema = RuleBase.Schema;
        var session = RuleBase.SessionFactory!.CreateSession();
        var recorder = traced ? new ProvenanceRecorder(session) : null;
        observe?.Invoke(session.Events);
        var date = asOf ?? situation.AsOf;
        session.Insert(schema.CreateFact(BuiltInTypes.Situation, SituationFactId, new Dictionary<string, object?>
        {
            ["title"] = situation.Title,
            ["as_of"] = date,
        }));
        foreach (var fact in situation.Facts)
        {
            session.Insert(schema.CreateFact(fact.Type, fact.Id, fact.ValueMap));
        }

        session.Fire();
        return new AdviceRun(RuleBase, situation, date, session, recorder);
    }
}
