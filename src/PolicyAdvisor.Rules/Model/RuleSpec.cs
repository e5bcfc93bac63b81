using PolicyAdvisor.Engine;

namespace PolicyAdvisor.Rules;

/// <summary>A validated rule as written in a *.rules.yaml file, with its compiled engine definition.</summary>
public sealed class RuleSpec
{
    internal RuleSpec(string id, RuleKind kind, string title, int priority, IReadOnlyList<string> sources, string? notes, string file, int line, int column, IReadOnlyList<PremiseSpec> premises, ActionSpec action, Func<RuleSpec, RuleDefinition> define)
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

    /// <summary>The engine rule; its <see cref="RuleDefinition.Tag"/> is this spec.</summary>
    public RuleDefinition Definition { get; }

    /// <summary>Renders <c>because</c> for a match; set by the loader, which owns the compiled template.</summary>
    internal Func<IMatch, string>? BecauseRenderer { get; init; }

    /// <summary>
    /// The rule's <c>because</c> with the bound fields of <paramref name="match"/> substituted: the rationale an
    /// explanation shows for any firing, including assessments whose derived facts do not carry it.
    /// </summary>
    public string RenderBecause(IMatch match) => BecauseRenderer?.Invoke(match) ?? Action.Because;
}
