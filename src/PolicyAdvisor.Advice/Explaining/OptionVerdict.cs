using PolicyAdvisor.Advice.Reports;

namespace PolicyAdvisor.Advice.Explaining;

/// <summary>
/// Why an option is or is not recommended in a run, reasoned over the option rather than one rule: every rule
/// that drew it, and for each rule that could have drawn it but did not, the first premise that failed.
/// </summary>
/// <param name="OptionId">The option asked about.</param>
/// <param name="DrawnBy">The rules whose recommendation of the option is in working memory, with the facts they matched; empty when it is not recommended.</param>
/// <param name="NotDrawnBy">Each other rule that recommends the option, with its first failing premise and the fact values that failed it.</param>
public sealed record OptionVerdict(string OptionId, IReadOnlyList<OptionDrawing> DrawnBy, IReadOnlyList<FailedPremise> NotDrawnBy)
{
    /// <summary>Whether at least one rule recommends the option in this run.</summary>
    public bool IsRecommended => DrawnBy.Count > 0;

    /// <summary>Whether any rule in the rule base recommends the option at all.</summary>
    public bool HasRules => DrawnBy.Count + NotDrawnBy.Count > 0;
}
