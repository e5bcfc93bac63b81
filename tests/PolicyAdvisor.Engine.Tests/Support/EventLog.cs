namespace PolicyAdvisor.Engine.Tests.Support;

/// <summary>Records every session event as a short line, in the order raised.</summary>
public sealed class EventLog
{
    public EventLog(ISession session)
    {
        var events = session.Events;
        events.FactInserted += (_, e) => Lines.Add("inserted " + TestEngine.Describe(e.Fact) + (e.Source is null ? string.Empty : " by " + e.Source.Rule.Id));
        events.FactUpdated += (_, e) => Lines.Add("updated " + TestEngine.Describe(e.Fact));
        events.FactRetracted += (_, e) => Lines.Add("retracted " + TestEngine.Describe(e.Fact));
        events.ActivationCreated += (_, e) => Lines.Add("created " + Name(e.Activation));
        events.ActivationDeleted += (_, e) => Lines.Add("deleted " + Name(e.Activation));
        events.RuleFiring += (_, e) => Lines.Add("firing " + Name(e.Activation));
        events.RuleFired += (_, e) => Lines.Add("fired " + Name(e.Activation) + " inserted [" + string.Join(",", e.Inserted.Select(TestEngine.Describe)) + "]");
        events.Error += (_, e) => Lines.Add("error " + e.Exception.RuleId);
    }

    public List<string> Lines { get; } = [];

    private static string Name(IActivation activation) =>
        activation.Rule.Id + "(" + string.Join(",", activation.Match.Facts.Select(TestEngine.Describe)) + ")";
}
