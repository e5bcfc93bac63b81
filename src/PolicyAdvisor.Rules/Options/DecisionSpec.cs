namespace PolicyAdvisor.Rules;

/// <summary>
/// A decision a principal must take, from options.yaml: a question and the options that answer it, either as
/// alternatives (pick one) or as complementary actions (any may be taken with the others).
/// </summary>
/// <param name="Id">Kebab-case id.</param>
/// <param name="Question">The question, as the memo asks it.</param>
/// <param name="Alternatives">Option ids of which the memo recommends at most one, in the order of preference stated.</param>
/// <param name="Complementary">Option ids that may be taken together.</param>
/// <param name="Preferences">Which alternative prevails over which, and under which facts.</param>
/// <param name="File">File it is declared in.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record DecisionSpec(
    string Id,
    string Question,
    IReadOnlyList<string> Alternatives,
    IReadOnlyList<string> Complementary,
    IReadOnlyList<PreferenceSpec> Preferences,
    string File,
    int Line,
    int Column)
{
    /// <summary>
    /// False for the one-option decision the catalog makes for an option no declared decision lists (or for
    /// every option of a catalog without <c>decisions</c>).
    /// </summary>
    public bool Declared { get; init; } = true;

    /// <summary>Every option of the decision: alternatives first, then complementary actions.</summary>
    public IEnumerable<string> Options => Alternatives.Concat(Complementary);

    /// <summary>Whether <paramref name="optionId"/> is one of the alternatives.</summary>
    public bool IsAlternative(string optionId) => Alternatives.Contains(optionId, StringComparer.Ordinal);
}
