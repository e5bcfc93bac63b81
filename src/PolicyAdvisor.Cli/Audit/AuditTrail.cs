using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Engine;
using PolicyAdvisor.Rules;
using Serilog;

namespace PolicyAdvisor.Cli.Audit;

/// <summary>
/// Bridges engine events to Serilog message templates, so the audit trail is structured (compact JSON lines:
/// every property queryable) and reads as sentences in a table. The engine itself has no logging dependency.
/// </summary>
internal sealed class AuditTrail(ILogger log, FactSchema schema, Func<string, string> display)
{
    private int _sequence;

    /// <summary>Subscribes to every event of a session.</summary>
    public void Attach(ISessionEvents events)
    {
        events.FactInserted += (_, e) => Fact("inserted", e);
        events.FactUpdated += (_, e) => Fact("updated", e);
        events.FactRetracted += (_, e) => Fact("retracted", e);
        events.ActivationCreated += (_, e) => Activation("created", e.Activation);
        events.ActivationDeleted += (_, e) => Activation("deleted", e.Activation);
        events.RuleFiring += (_, e) => Log().Information("Rule {RuleId:l} firing on {Facts}", e.Rule.Id, Ids(e.Activation.Match.Facts));
        events.RuleFired += (_, e) =>
        {
            var spec = RuleBase.SpecOf(e.Rule);
            Log().ForContext("File", spec is null ? null : $"{display(spec.File)}:{spec.Line}")
                .ForContext("Sources", spec?.Sources ?? [])
                .Information("Rule {RuleId:l} fired on {Facts} and inserted {Inserted}", e.Rule.Id, Ids(e.Activation.Match.Facts), Ids(e.Inserted));
        };
        events.Error += (_, e) => Log().Error("Rule {RuleId:l} failed: {Message:l}", e.Exception.RuleId, e.Exception.Message);
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

    private void Fact(string what, FactEventArgs e)
    {
        var fields = schema.IsFact(e.Fact)
            ? schema.FieldsOf(e.Fact).ToDictionary(f => f.Name, f => FactValues.Format(f.Value), StringComparer.Ordinal)
            : [];
        Log().ForContext("Fields", fields, destructureObjects: true)
            .Information("Fact {FactType:l} {FactId:l} " + what + " by {By:l}", Type(e.Fact), Id(e.Fact), e.Source?.Rule.Id ?? "situation");
    }

    private void Activation(string what, IActivation activation) =>
        Log().Information("Activation of {RuleId:l} " + what + " on {Facts}", activation.Rule.Id, Ids(activation.Match.Facts));

    private string Type(object fact) => schema.IsFact(fact) ? schema.TypeNameOf(fact) : fact.GetType().Name;

    private string Id(object fact) => schema.IsFact(fact) ? schema.IdOf(fact) : fact.ToString() ?? string.Empty;

    private string[] Ids(IEnumerable<object> facts) => facts.Select(Id).ToArray();
}
