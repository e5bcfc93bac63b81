namespace PolicyAdvisor.Advice.Situations;

/// <summary>
/// A word from the standard estimative scale (as in US intelligence analytic standards), mapped to a probability
/// range. The sweep weighs scenarios by the range's midpoint. Likelihood is about the world; confidence is about
/// the source, and the two are kept apart.
/// </summary>
/// <param name="Words">The phrase as written in a situation file.</param>
/// <param name="Low">Lower bound of the range.</param>
/// <param name="High">Upper bound of the range.</param>
public sealed record Likelihood(string Words, double Low, double High)
{
    /// <summary>The scale, from least to most likely.</summary>
    public static IReadOnlyList<Likelihood> Scale { get; } =
    [
        new("almost no chance", 0.01, 0.05),
        new("very unlikely", 0.05, 0.20),
        new("unlikely", 0.20, 0.45),
        new("roughly even chance", 0.45, 0.55),
        new("likely", 0.55, 0.80),
        new("very likely", 0.80, 0.95),
        new("almost certain", 0.95, 0.99),
    ];

    /// <summary>The weight used for sampling and for weighted shares.</summary>
    public double Midpoint => (Low + High) / 2;

    /// <summary>Finds a phrase on the scale (case-insensitive, surrounding spaces ignored).</summary>
    public static Likelihood? Find(string words) =>
        Scale.FirstOrDefault(l => string.Equals(l.Words, words.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The term whose range holds <paramref name="share"/>: the first whose upper bound lies above it, so a share on a
    /// boundary takes the more likely term (0.55 is "likely"); below 5% is "almost no chance", from 95% "almost certain".
    /// </summary>
    public static Likelihood ForShare(double share) => Scale.FirstOrDefault(l => share < l.High && l != Scale[^1]) ?? Scale[^1];

    /// <inheritdoc />
    public override string ToString() => $"{Words} ({Low:P0}-{High:P0})";
}
