using NRules;
using NRules.Diagnostics;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Running;

/// <summary>
/// One NRules session of a rule base, held to the rule base's <see cref="RunBudgets"/>, with NRules' failures turned
/// into positioned <see cref="RuleRunException"/>s. Every run (the advisor's, each sweep scenario) goes through one,
/// so no input can make a session grow or fire without bound. After an exception the session is unusable.
/// </summary>
internal sealed class RuleSession
{
    private readonly RuleBase _rules;
    private readonly RunBudgets _budgets;
    private readonly Dictionary<object, FactOrder>? _order;
    private int _facts;
    private int _matches;
    private LhsExpressionErrorEventArgs? _conditionFailure;

    /// <summary>Creates a session; <paramref name="ordered"/> keeps the keys <see cref="Ordered"/> sorts by.</summary>
    public RuleSession(RuleBase rules, bool ordered)
    {
        _rules = rules;
        _budgets = rules.Budgets;
        Session = rules.SessionFactory!.CreateSession();
        _order = ordered ? [] : null;
        var events = Session.Events;
        events.FactInsertedEvent += OnInserted;
        events.FactRetractedEvent += OnRetracted;
        events.ActivationCreatedEvent += OnActivation;
        events.LhsExpressionFailedEvent += (_, e) => _conditionFailure ??= e;
    }

    /// <summary>The NRules session, for reading and for subscribing to its events.</summary>
    public ISession Session { get; }

    /// <summary>Inserts a situation fact; <paramref name="index"/> is its place in the situation (0 for the Situation fact).</summary>
    public void Insert(object fact, int index)
    {
        _order?.Add(FactKeys.Identity(fact), new FactOrder(index == 0 ? 0 : 1, index, IdOf(fact)));
        Guard(() => Session.Insert(fact));
    }

    /// <summary>Replaces a fact by a changed copy with the same identity.</summary>
    public void Update(object fact) => Guard(() => Session.Update(fact));

    /// <summary>Retracts a fact, and with it everything NRules linked to matches it was part of.</summary>
    public void Retract(object fact) => Guard(() => Session.Retract(fact));

    /// <summary>Fires until the agenda is empty, or fails when the firing budget runs out first.</summary>
    public void Fire() => Guard(() =>
    {
        Session.Fire(_budgets.MaxFirings);
        if (!Session.Agenda.IsEmpty)
        {
            throw RuleLoop.Describe(_rules, Session, _budgets.MaxFirings);
        }
    });

    /// <summary>Working memory in the stable order of <see cref="FactOrder"/> (sessions created with ordering only).</summary>
    public IReadOnlyList<object> Ordered()
    {
        var order = _order ?? throw new InvalidOperationException("The session keeps no fact order.");
        return Session.Query<object>().AsEnumerable().OrderBy(f => order[FactKeys.Identity(f)]).ToArray();
    }

    private string IdOf(object fact) => _rules.Schema.IsFact(fact) ? _rules.Schema.IdOf(fact) : fact.ToString() ?? string.Empty;

    private void OnInserted(object? sender, WorkingMemoryEventArgs e)
    {
        if (++_facts > _budgets.MaxFacts)
        {
            var rule = (e.Fact.Source as ILinkedFactSource)?.Rule is { } source ? _rules.SpecOf(source) : null;
            throw Budget(DiagnosticCodes.FactBudget, rule, $"working memory passed the budget of {_budgets.MaxFacts:N0} facts{(rule is null ? string.Empty : $" while rule '{rule.Id}' was deriving")}: the rules derive too much from this situation");
        }

        if (_order is not null && e.Fact.Source is ILinkedFactSource linked)
        {
            _order[FactKeys.Identity(e.Fact.Value!)] = new FactOrder(2, _rules.OrderOf(linked.Rule.Name), IdOf(e.Fact.Value!));
        }
    }

    private void OnRetracted(object? sender, WorkingMemoryEventArgs e)
    {
        _facts--;
        _order?.Remove(FactKeys.Identity(e.Fact.Value!));
    }

    private void OnActivation(object? sender, AgendaEventArgs e)
    {
        if (++_matches > _budgets.MaxMatches)
        {
            var rule = _rules.SpecOf(e.Rule);
            throw Budget(DiagnosticCodes.MatchBudget, rule, $"the rules matched more than {_budgets.MaxMatches:N0} combinations of facts in one run, the last for rule '{e.Rule.Name}': does a premise need a condition that joins it to the others?");
        }
    }

    private RuleRunException Budget(string code, RuleSpec? rule, FormattableString message) =>
        new(new Diagnostic(DiagnosticSeverity.Error, code, FormattableString.Invariant(message), rule?.File ?? string.Empty, rule?.Line ?? 0, rule?.Column ?? 0));

    private void Guard(Action operation)
    {
        try
        {
            operation();
        }
        catch (RuleRunException)
        {
            throw;
        }
        catch (RuleExecutionException e)
        {
            throw RunFailures.Translate(_rules, e, _conditionFailure);
        }
    }
}
