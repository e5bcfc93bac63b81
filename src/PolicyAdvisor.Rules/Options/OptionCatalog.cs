namespace PolicyAdvisor.Rules;

/// <summary>The catalog of policy options and the decisions they answer, in declaration order.</summary>
public sealed class OptionCatalog
{
    private readonly Dictionary<string, DecisionSpec> _decisionOf = new(StringComparer.Ordinal);

    /// <summary>A catalog without decisions: every option is a decision of its own.</summary>
    public OptionCatalog(IReadOnlyList<OptionSpec> options)
        : this(options, [])
    {
    }

    /// <summary>
    /// A catalog with declared decisions. An option no decision lists gets a one-option decision of its own,
    /// placed after the declared ones in option order.
    /// </summary>
    public OptionCatalog(IReadOnlyList<OptionSpec> options, IReadOnlyList<DecisionSpec> decisions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(decisions);
        Options = options;
        var all = new List<DecisionSpec>(decisions);
        foreach (var decision in decisions)
        {
            foreach (var id in decision.Options)
            {
                _decisionOf.TryAdd(id, decision);
            }
        }

        foreach (var option in options.Where(o => !_decisionOf.ContainsKey(o.Id)))
        {
            var own = new DecisionSpec(option.Id, $"Whether to {LowerFirst(option.Title)}", [], [option.Id], [], option.File, option.Line, option.Column) { Declared = false };
            _decisionOf[option.Id] = own;
            all.Add(own);
        }

        Decisions = all;
    }

    /// <summary>The options in declaration order.</summary>
    public IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>The decisions in declaration order, then the one-option decisions of options no decision lists.</summary>
    public IReadOnlyList<DecisionSpec> Decisions { get; }

    /// <summary>The option with <paramref name="id"/>, or null.</summary>
    public OptionSpec? Find(string id) => Options.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal));

    /// <summary>The decision <paramref name="optionId"/> answers, or null for an id the catalog does not hold.</summary>
    public DecisionSpec? DecisionOf(string optionId) => _decisionOf.GetValueOrDefault(optionId);

    // "Fund media" reads "Whether to fund media"; acronyms such as "EU" keep their case.
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
