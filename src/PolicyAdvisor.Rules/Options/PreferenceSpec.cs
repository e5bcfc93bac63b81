namespace PolicyAdvisor.Rules;

/// <summary>
/// "When both are advised, <see cref="Option"/> prevails over <see cref="Over"/>": how a decision settles two
/// alternatives the rules both recommend.
/// </summary>
/// <param name="Option">The alternative that prevails.</param>
/// <param name="Over">The alternative it prevails over.</param>
/// <param name="While">
/// Fact types (situation or derived) that must all be in working memory for the preference to hold; empty means
/// always.
/// </param>
/// <param name="Then">
/// When given, <see cref="Over"/> is not dropped but follows as a later step, and this text says when
/// (e.g. "after the constitutional referendum").
/// </param>
/// <param name="Because">Why, in one sentence the memo prints as the reason the other was not chosen.</param>
/// <param name="File">File it is declared in.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record PreferenceSpec(
    string Option,
    string Over,
    IReadOnlyList<string> While,
    string? Then,
    string Because,
    string File,
    int Line,
    int Column);
