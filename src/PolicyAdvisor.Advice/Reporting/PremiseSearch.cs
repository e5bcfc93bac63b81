using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// Answers "why not": for a rule, tries every combination of the facts in working memory premise by premise
/// and reports the first premise that no combination gets past, with the fact values that stopped it.
/// </summary>
internal sealed class PremiseSearch(AdviceRun run)
{
    // A guard, not a tuning knob: policy-sized working memories need a few hundred condition tests. Every test
    // of a fact against a premise counts, so a search is bounded in work, not only in depth: with thousands of
    // facts per type, counting only the steps down the premises let each step scan them all (quadratic).
    private const int MaxSteps = 200_000;

    // Facts by type, queried once per report rather than once per step of every search.
    private readonly Dictionary<string, IReadOnlyList<object>> _facts = new(StringComparer.Ordinal);

    /// <summary>The first premise that fails for every combination, or null when the rule's premises all hold.</summary>
    public FailedPremise? FirstFailure(RuleSpec rule)
    {
        var search = new Search(FactsOf, rule.Premises);
        if (search.Run(0, new Dictionary<string, object>(StringComparer.Ordinal)))
        {
            return null;
        }

        var premise = rule.Premises[search.Deepest];
        return new FailedPremise(rule.Id, rule.File, premise.Line, Describe(premise), Detail(premise, search.BindingsAtDeepest));
    }

    /// <summary>A premise as a rule author wrote it, on one line.</summary>
    public static string Describe(PremiseSpec premise)
    {
        var head = premise.Kind switch
        {
            PremiseKind.Pattern => $"{premise.Binding}: {premise.TypeName}",
            PremiseKind.Collect => $"collect {premise.TypeName} into {premise.Binding}",
            _ => $"{premise.Kind.ToString().ToLowerInvariant()} {premise.TypeName}",
        };
        var where = premise.Where.Count == 0 ? string.Empty : $" where {string.Join(" && ", premise.Where)}";
        var having = premise.Having is null ? string.Empty : $" having {premise.Having}";
        return head + where + having;
    }

    private IReadOnlyList<object> FactsOf(string type)
    {
        if (!_facts.TryGetValue(type, out var facts))
        {
            _facts[type] = facts = run.FactsOf(type);
        }

        return facts;
    }

    private string Detail(PremiseSpec premise, IReadOnlyDictionary<string, object> bindings)
    {
        var all = FactsOf(premise.TypeName);
        if (all.Count == 0)
        {
            return $"no {premise.TypeName} fact in the situation";
        }

        var matching = all.Where(f => premise.Matches(f, bindings)).ToArray();
        return premise.Kind switch
        {
            PremiseKind.Not => $"but {string.Join("; ", matching.Take(3).Select(f => Values(premise, f)))}",
            PremiseKind.Collect => $"{matching.Length} matching {premise.TypeName} {(matching.Length == 1 ? "fact" : "facts")}, and '{premise.Having}' does not hold",
            _ => string.Join("; ", all.Take(3).Select(f => Values(premise, f))) + (all.Count > 3 ? $"; and {all.Count - 3} more" : string.Empty),
        };
    }

    private string Values(PremiseSpec premise, object fact)
    {
        var schema = run.RuleBase.Schema;
        var text = string.Join(" ", premise.Where);
        var fields = schema.FieldsOf(fact).Where(f => text.Contains(f.Name, StringComparison.Ordinal)).ToArray();
        var shown = (fields.Length > 0 ? fields : schema.FieldsOf(fact)).Select(f => $"{f.Name}={FactValues.Format(f.Value)}");
        return $"{schema.IdOf(fact)}: {string.Join(", ", shown)}";
    }

    private sealed class Search(Func<string, IReadOnlyList<object>> factsOf, IReadOnlyList<PremiseSpec> premises)
    {
        private int _steps;

        public int Deepest { get; private set; } = -1;

        public IReadOnlyDictionary<string, object> BindingsAtDeepest { get; private set; } = new Dictionary<string, object>();

        public bool Run(int index, Dictionary<string, object> bindings)
        {
            if (index == premises.Count)
            {
                return true;
            }

            if (index > Deepest)
            {
                Deepest = index;
                BindingsAtDeepest = new Dictionary<string, object>(bindings, StringComparer.Ordinal);
            }

            if (_steps > MaxSteps)
            {
                return false;
            }

            var premise = premises[index];
            var candidates = factsOf(premise.TypeName)
                .TakeWhile(_ => _steps <= MaxSteps)
                .Where(f =>
                {
                    _steps++;
                    return premise.Matches(f, bindings);
                });
            switch (premise.Kind)
            {
                case PremiseKind.Not:
                    return !candidates.Any() && Run(index + 1, bindings);
                case PremiseKind.Exists:
                    return candidates.Any() && Run(index + 1, bindings);
                case PremiseKind.Collect:
                    var list = candidates.ToArray();
                    return premise.HavingHolds(list, bindings) && Bind(index, premise.Binding!, list, bindings);
                default:
                    return candidates.Any(c => Bind(index, premise.Binding!, c, bindings));
            }
        }

        private bool Bind(int index, string name, object value, Dictionary<string, object> bindings)
        {
            bindings[name] = value;
            var found = Run(index + 1, bindings);
            bindings.Remove(name);
            return found;
        }
    }
}
