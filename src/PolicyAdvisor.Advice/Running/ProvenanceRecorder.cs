using PolicyAdvisor.Engine;

namespace PolicyAdvisor.Advice.Running;

/// <summary>
/// Remembers, for every fact an action inserted, the firing that inserted it, so a conclusion can be traced
/// back through derived facts to the situation. Keys are references: two equal-valued conclusions from
/// different firings stay apart.
/// </summary>
internal sealed class ProvenanceRecorder
{
    private readonly Dictionary<object, Derivation> _byFact = new(ReferenceEqualityComparer.Instance);
    private int _sequence;

    public ProvenanceRecorder(ISession session) => session.Events.RuleFired += OnRuleFired;

    /// <summary>The firing that inserted <paramref name="fact"/>, or null for a fact the caller inserted.</summary>
    public Derivation? Of(object fact) => _byFact.GetValueOrDefault(fact);

    private void OnRuleFired(object? sender, RuleFiredEventArgs e)
    {
        // The match is copied: the engine may reuse its storage once the activation changes.
        var match = e.Activation.Match;
        var bindings = match.Names.Select(n => new KeyValuePair<string, object>(n, match[n])).ToArray();
        var derivation = new Derivation(e.Rule, bindings, e.Inserted.ToArray(), ++_sequence);
        foreach (var fact in derivation.Inserted)
        {
            _byFact[fact] = derivation;
        }
    }
}
