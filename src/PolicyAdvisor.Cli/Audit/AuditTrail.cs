using NRules.Diagnostics;
using NRules.RuleModel;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;
using Serilog;

namespace PolicyAdvisor.Cli.Audit;

/// <summary>
/// Bridges NRules' session events to Serilog message templates, so the audit trail is structured (compact JSON
/// lines: every property queryable) and reads as sentences in a table. NRules itself has no logging dependency.
/// </summary>
internal sealed class AuditTrail(ILogger log, RuleBase rules, Func<string, string> display)
{
    private int _sequence;

    /// <summary>Subscribes to every event of a run: NRules' session events and each firing's linked facts.</summary>
    public void Attach(RunEvents run)
    {
        var events = run.Session;
        // Logged as NRules starts each operation, so a fact comes before the activations it causes.
        events.FactInsertingEvent += (_, e) => Fact("inserted", e.Fact);
        events.FactUpdatingEvent += (_, e) => Fact("updated", e.Fact);
        events.FactRetractingEvent += (_, e) => Fact("retracted", e.Fact);
        events.ActivationCreatedEvent += (_, e) => Activation("created", e.Match);
        events.ActivationUpdatedEvent += (_, e) => Activation("updated", e.Match);
        events.ActivationDeletedEvent += (_, e) => Activation("deleted", e.Match);
        events.RuleFiringEvent += (_, e) => Log().Information("Rule {RuleId:l} firing on {Facts}", e.Rule.Name, Ids(e.Match));
        run.Derived += (_, d) =>
            Log().ForContext("File", $"{display(d.Rule.File)}:{d.Rule.Line}")
                .ForContext("Sources", d.Rule.Sources)
                .Information("Rule {RuleId:l} linked {Inserted}", d.Rule.Id, d.Inserted.Select(Id).ToArray());
        events.RuleFiredEvent += (_, e) => Log().Information("Rule {RuleId:l} fired on {Facts}", e.Rule.Name, Ids(e.Match));
        events.LhsExpressionFailedEvent += (_, e) =>
            Log().Error("Condition {Expression:l} of {RuleId:l} failed: {Message:l}", e.Expression.ToString(), string.Join(",", e.Rules.Select(r => r.Name)), e.Exception?.Message);
        events.RhsExpressionFailedEvent += (_, e) =>
            Log().Error("Action of {RuleId:l} failed: {Message:l}", e.Match.Rule.Name, e.Exception?.Message);
    }

    /// <summary>Logs the run's conclusions after firing.</summary>
    public void Conclusions(AdviceRun run)
    {
        foreach (var r in run.Recommendations)
        {
            Log().Information("Conclusion {Kind:l} {Id:l} ({Strength:l}) by rule {RuleId:l}: {Because:l}", "recommendation", r.Option, r.Strength, r.RuleId, r.Because);
        }

        foreach (var r in run.Risks)
        {
            Log().Information("Conclusion {Kind:l} {Id:l} ({Severity:l}) by rule {RuleId:l}: {Because:l}", "risk", r.Risk, r.Severity, r.RuleId, r.Because);
        }

        foreach (var t in run.Tradeoffs)
        {
            Log().Information("Conclusion {Kind:l} {Id:l} by rule {RuleId:l}: {Because:l}", "tradeoff", t.Tradeoff, t.RuleId, t.Because);
        }
    }

    private ILogger Log() => log.ForContext("Seq", ++_sequence);

    private void Fact(string what, IFact fact)
    {
        // NRules never inserts null, so a fact event always carries a value.
        var value = fact.Value!;
        var schema = rules.Schema;
        var fields = schema.IsFact(value)
            ? schema.FieldsOf(value).ToDictionary(f => f.Name, f => FactValues.Format(f.Value), StringComparer.Ordinal)
            : [];
        var by = (fact.Source as NRules.ILinkedFactSource)?.Rule.Name ?? "situation";
        Log().ForContext("Fields", fields, destructureObjects: true)
            .Information("Fact {FactType:l} {FactId:l} " + what + " by {By:l}", Type(value), Id(value), by);
    }

    private void Activation(string what, IMatch match) =>
        Log().Information("Activation of {RuleId:l} " + what + " on {Facts}", match.Rule.Name, Ids(match));

    private string Type(object fact) => rules.Schema.IsFact(fact) ? rules.Schema.TypeNameOf(fact) : fact.GetType().Name;

    private string Id(object fact) => rules.Schema.IsFact(fact) ? rules.Schema.IdOf(fact) : fact.ToString() ?? string.Empty;

    /// <summary>The ids of the facts a match binds (a collected list by its binding name and size).</summary>
    private string[] Ids(IMatch match) => match.Facts
        .Where(f => !f.Declaration.Name.StartsWith('_'))
        .Select(f => f.Value is IReadOnlyCollection<object> list ? $"{f.Declaration.Name}[{list.Count}]" : Id(f.Value!))
        .ToArray();
}
