using NRules.RuleModel;

namespace PolicyAdvisor.Rules;

/// <summary>A validated rule as written in a *.rules.yaml file, with the NRules rule definition it translates to.</summary>
public sealed class RuleSpec
{
    internal RuleSpec(string id, RuleKind kind, string title, int priority, IReadOnlyList<string> sources, string? notes, string file, int line, int column, IReadOnlyList<PremiseSpec> premises, ActionSpec action, Func<RuleSpec, IRuleDefinition> define)
    {
        Id = id;
        Kind = kind;
        Title = title;
        Priority = priority;
        Sources = sources;
        Notes = notes;
        File = file;
        Line = line;
        Column = column;
        Premises = premises;
        Action = action;
        Definition = define(this);
    }

    /// <summary>Kebab-case id, unique across files.</summary>
    public string Id { get; }

    /// <summary>Assessment, option, risk or trade-off.</summary>
    public RuleKind Kind { get; }

    /// <summary>One-line title.</summary>
    public string Title { get; }

    /// <summary>Salience: higher fires first. Default 0.</summary>
    public int Priority { get; }

    /// <summary>Claim ids the rule rests on.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Free-text notes, or null.</summary>
    public string? Notes { get; }

    /// <summary>File the rule is in.</summary>
    public string File { get; }

    /// <summary>1-based line of the rule's first key.</summary>
    public int Line { get; }

    /// <summary>1-based column of the rule's first key.</summary>
    public int Column { get; }

    /// <summary>The premises of <c>when</c>, in order.</summary>
    public IReadOnlyList<PremiseSpec> Premises { get; }

    /// <summary>The action of <c>then</c>.</summary>
    public ActionSpec Action { get; }

    /// <summary>
    /// The NRules rule: named by <see cref="Id"/>, described by <see cref="Title"/>, with the properties in
    /// <see cref="RuleProperties"/> (id, kind, file, line, column).
    /// </summary>
    public IRuleDefinition Definition { get; }

    /// <summary>Renders <c>because</c> for a match; set by the loader, which owns the compiled template.</summary>
    internal Func<IReadOnlyDictionary<string, object>, string>? BecauseRenderer { get; init; }

    /// <summary>
    /// The rule's <c>because</c> with the bound fields of <paramref name="bindings"/> (matched facts, or collected
    /// lists, by binding name) substituted: the rationale an explanation shows for any firing, including
    /// assessments whose derived facts do not carry it.
    /// </summary>
    public string RenderBecause(IReadOnlyDictionary<string, object> bindings)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        return BecauseRenderer?.Invoke(bindings) ?? Action.Because;
    }

    /// <summary>
    /// What <paramref name="match"/> (an activation of <see cref="Definition"/>) binds, by binding name in premise
    /// order: a matched fact per pattern, the list per collect. Not and exists bind nothing.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, object>> BindingsOf(IMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var bound = ActionRunner.Bindings(match);
        return Premises.Where(p => p.Binding is not null && bound.ContainsKey(p.Binding))
            .Select(p => new KeyValuePair<string, object>(p.Binding!, bound[p.Binding!]))
            .ToArray();
    }

    /// <summary>
    /// The premise whose <c>where</c> or <c>having</c> compiled to <paramref name="condition"/> (the expression
    /// NRules reports when a condition fails), or null when it is not one of this rule's.
    /// </summary>
    public PremiseSpec? PremiseOf(System.Linq.Expressions.Expression condition) =>
        Premises.FirstOrDefault(p => p.Conditions.Any(c => ReferenceEquals(c.Lambda, condition)) || ReferenceEquals(p.HavingCondition?.Lambda, condition));
}
