namespace PolicyAdvisor.Advice.Reports;

/// <summary>How the advice holds across sampled futures (filled by the sweep).</summary>
/// <param name="Scenarios">Scenarios evaluated.</param>
/// <param name="Method">full-factorial | latin-hypercube | monte-carlo.</param>
/// <param name="Options">Per option: weighted share recommended and share with a risk against it.</param>
public sealed record RobustnessSummary(long Scenarios, string Method, IReadOnlyList<OptionRobustness> Options);

/// <summary>One option's robustness.</summary>
public sealed record OptionRobustness(string OptionId, string Title, double RecommendedShare, double RiskShare, bool Robust);
