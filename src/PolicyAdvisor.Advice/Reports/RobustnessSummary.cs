namespace PolicyAdvisor.Advice.Reports;

/// <summary>How the advice holds across sampled futures (filled by the sweep).</summary>
/// <param name="Scenarios">Scenarios evaluated.</param>
/// <param name="Method">full-factorial | latin-hypercube | monte-carlo.</param>
/// <param name="ExcludedPresent">
/// Uncertain fields whose present value is not among the futures (the situation lists only how they may resolve),
/// each as "fact.field (value)".
/// </param>
/// <param name="Options">Per option: weighted share recommended and share with a risk against it.</param>
public sealed record RobustnessSummary(long Scenarios, string Method, IReadOnlyList<string> ExcludedPresent, IReadOnlyList<OptionRobustness> Options);

/// <summary>One option's robustness.</summary>
/// <param name="OptionId">The option.</param>
/// <param name="Title">Its title.</param>
/// <param name="AdvisedNow">Whether the situation as stated recommends it.</param>
/// <param name="RecommendedShare">Likelihood-weighted share of futures recommending it.</param>
/// <param name="RiskShare">Likelihood-weighted share of futures with a risk against it.</param>
/// <param name="Robust">Advised in most futures with few risks against it.</param>
/// <param name="Note">Why an option advised now fares as it does across the futures (e.g. it rests on a present state they leave out); null when nothing needs saying.</param>
public sealed record OptionRobustness(string OptionId, string Title, bool AdvisedNow, double RecommendedShare, double RiskShare, bool Robust, string? Note);
