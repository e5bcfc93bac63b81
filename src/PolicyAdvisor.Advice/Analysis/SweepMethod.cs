namespace PolicyAdvisor.Advice.Analysis;

/// <summary>How a sweep chooses its scenarios.</summary>
public enum SweepMethod
{
    /// <summary>Full factorial when it has at most <see cref="SweepOptions.MaxFactorial"/> scenarios and no sample count was asked for; otherwise Latin hypercube.</summary>
    Auto,

    /// <summary>Every combination of the uncertain values, each weighted by the product of its values' likelihoods.</summary>
    FullFactorial,

    /// <summary>Stratified sampling by likelihood, one Latin hypercube per block of scenarios.</summary>
    LatinHypercube,

    /// <summary>Independent draws by likelihood.</summary>
    MonteCarlo,
}
