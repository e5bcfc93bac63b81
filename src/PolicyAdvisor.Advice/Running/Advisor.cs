using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Running;

/// <summary>
/// Runs situations through a loaded rule base. Thread-safe: the NRules session factory is shared and each run gets
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
    /// Asserts the situation's facts (plus the built-in Situation fact carrying the as-of date) into a new NRules
    /// session and fires.
    /// </summary>
    /// <param name="situation">The situation.</param>
    /// <param name="asOf">Overrides the situation's as-of date.</param>
    /// <param name="traced">Record provenance for explanations; sweeps turn it off for speed.</param>
    /// <param name="observe">Subscribes to the run's events before any fact is inserted (the audit trail).</param>
    /// <exception cref="RuleRunException">A run budget was passed, or a condition or action failed.</exception>
    public AdviceRun Run(Situation situation, DateTime? asOf = null, bool traced = true, Action<RunEvents>? observe = null)
    {
        ArgumentNullException.ThrowIfNull(situation);
        if (situation.Facts.Count >= RuleBase.Budgets.MaxFacts)
        {
            var file = situation.Files.FirstOrDefault() ?? string.Empty;
            throw new RuleRunException(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.FactBudget,
                FormattableString.Invariant($"the situation has {situation.Facts.Count:N0} facts, past the working-memory budget of {RuleBase.Budgets.MaxFacts:N0}"), file, 0, 0));
        }

        var schema = RuleBase.Schema;
        var session = new RuleSession(RuleBase, ordered: true);
        var events = new RunEvents(session.Session.Events);
        var recorder = traced ? new ProvenanceRecorder(RuleBase, events) : null;
        session.Session.ActionInterceptor = recorder;
        observe?.Invoke(events);
        var date = asOf ?? situation.AsOf;
        session.Insert(schema.CreateFact(BuiltInTypes.Situation, SituationFactId, new Dictionary<string, object?>
        {
            ["title"] = situation.Title,
            ["as_of"] = date,
        }), 0);
        for (var i = 0; i < situation.Facts.Count; i++)
        {
            var fact = situation.Facts[i];
            session.Insert(schema.CreateFact(fact.Type, fact.Id, fact.ValueMap), i + 1);
        }

        session.Fire();
        return new AdviceRun(RuleBase, situation, date, session, recorder);
    }
}
