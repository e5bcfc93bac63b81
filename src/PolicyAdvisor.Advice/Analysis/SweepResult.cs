namespace PolicyAdvisor.Advice.Analysis;

/// <summary>What a sweep found: how each option fares across the futures, and what would flip it.</summary>
/// <param name="Method">The method used (never <see cref="SweepMethod.Auto"/>).</param>
/// <param name="Scenarios">Scenarios evaluated.</param>
/// <param name="Seed">The seed (sampling only; recorded for every method).</param>
/// <param name="Dimensions">The uncertain fields swept, in situation order.</param>
/// <param name="Options">Every option of the catalog, in catalog order.</param>
/// <param name="Signposts">Smallest sets of changes from the situation as stated that flip an option.</param>
/// <param name="Boxes">PRIM-style boxes: the region of the futures where an option flips.</param>
public sealed record SweepResult(
    SweepMethod Method,
    long Scenarios,
    int Seed,
    IReadOnlyList<SweepDimension> Dimensions,
    IReadOnlyList<OptionOutcome> Options,
    IReadOnlyList<SweepSignpost> Signposts,
    IReadOnlyList<PrimBox> Boxes)
{
    /// <summary>The recommended share at or above which an option counted as robust (from <see cref="SweepOptions.RobustShare"/>).</summary>
    public double RobustShare { get; init; } = SweepOptions.DefaultRobustShare;

    /// <summary>The risk share at or below which an option counted as robust (from <see cref="SweepOptions.RobustRiskShare"/>).</summary>
    public double RobustRiskShare { get; init; } = SweepOptions.DefaultRobustRiskShare;

    /// <summary>The method's name as written in outputs: full-factorial, latin-hypercube or monte-carlo.</summary>
    public string MethodName => Method switch
    {
        SweepMethod.FullFactorial => "full-factorial",
        SweepMethod.MonteCarlo => "monte-carlo",
        _ => "latin-hypercube",
    };
}

/// <summary>How one option fares across the swept futures.</summary>
/// <param name="OptionId">Option id.</param>
/// <param name="Title">Option title.</param>
/// <param name="StatedRecommended">Whether the situation as stated recommends it.</param>
/// <param name="RecommendedShare">Likelihood-weighted share of scenarios recommending it.</param>
/// <param name="RiskShare">Likelihood-weighted share of scenarios with a risk against it.</param>
/// <param name="Robust">Advised in most futures with few risks against it (thresholds in <see cref="SweepOptions"/>).</param>
/// <param name="ShareByValue">
/// Per dimension, per value: the weighted share recommending it among scenarios with that value (null when no
/// scenario had the value). The heat map's cells.
/// </param>
public sealed record OptionOutcome(
    string OptionId,
    string Title,
    bool StatedRecommended,
    double RecommendedShare,
    double RiskShare,
    bool Robust,
    IReadOnlyList<IReadOnlyList<double?>> ShareByValue);
