namespace PolicyAdvisor.Advice.Reports;

/// <summary>
/// How likely something is, as a word of the seven-term estimative scale; kept apart from confidence, which is
/// about the sources. docs/memo.md says how it is derived.
/// </summary>
/// <param name="Term">A word of the scale ("roughly even chance", "likely", ...) or "not assessed".</param>
/// <param name="Share">The likelihood-weighted share it was read from (0 to 1); null when not assessed.</param>
/// <param name="Basis">realised (a situation value brings it about) | futures (share of the situation's futures) | not-assessed.</param>
/// <param name="Detail">What the estimate rests on, for a reader (e.g. "referendum.outcome becomes rejected").</param>
public sealed record LikelihoodEstimate(string Term, double? Share, string Basis, string Detail)
{
    /// <summary>The estimate for something the situation's likelihoods do not reach.</summary>
    public static LikelihoodEstimate NotAssessed(string detail) => new("not assessed", null, "not-assessed", detail);
}
