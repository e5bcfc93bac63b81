namespace PolicyAdvisor.Advice.Analysis;

/// <summary>What a sweep runs and how robustness is judged.</summary>
/// <param name="Method">How scenarios are chosen.</param>
/// <param name="Samples">Scenarios to sample; asking for samples makes <see cref="SweepMethod.Auto"/> sample.</param>
/// <param name="Seed">Seed for sampling; the same seed gives the same result on any number of cores.</param>
/// <param name="AsOf">Overrides the situation's as-of date.</param>
/// <param name="Workers">Parallel workers; default every core.</param>
public sealed record SweepOptions(
    SweepMethod Method = SweepMethod.Auto,
    long? Samples = null,
    int Seed = 1,
    DateTime? AsOf = null,
    int? Workers = null)
{
    /// <summary>
    /// Remember the outcome of each distinct combination of values, so repeats are not run again. Off only to
    /// measure the engine itself.
    /// </summary>
    public bool Memoize { get; init; } = true;

    /// <summary>The largest full factorial run without sampling.</summary>
    public const long MaxFactorial = 1_000_000;

    /// <summary>
    /// The most samples one sweep draws (a budget: larger counts, and counts that would overflow the block
    /// arithmetic, are refused as usage errors). As many as the largest full factorial.
    /// </summary>
    public const long MaxSamples = MaxFactorial;

    /// <summary>Samples drawn when sampling is needed and no count was given.</summary>
    public const long DefaultSamples = 10_000;

    /// <summary>The default of <see cref="RobustShare"/>.</summary>
    public const double DefaultRobustShare = 0.9;

    /// <summary>The default of <see cref="RobustRiskShare"/>.</summary>
    public const double DefaultRobustRiskShare = 0.1;

    /// <summary>An option is robust when advised in at least this weighted share of scenarios (0 to 1)...</summary>
    public double RobustShare { get; init; } = DefaultRobustShare;

    /// <summary>...and a risk against it fires in at most this share (0 to 1).</summary>
    public double RobustRiskShare { get; init; } = DefaultRobustRiskShare;

    /// <summary>
    /// How many distinct combinations of values are tallied for the PRIM-style boxes (every scenario of a
    /// combination adds to its cell); combinations first seen after the limit is reached are left out, so
    /// memory stays flat.
    /// </summary>
    public int BoxCellLimit { get; init; } = 50_000;
}
