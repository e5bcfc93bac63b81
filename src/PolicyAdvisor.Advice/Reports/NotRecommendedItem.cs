namespace PolicyAdvisor.Advice.Reports;

/// <summary>An option considered and not recommended, with why.</summary>
public sealed record NotRecommendedItem(OptionInfo Option, IReadOnlyList<FailedPremise> Reasons);

/// <summary>The first premise of a rule that failed, and the facts that made it fail.</summary>
/// <param name="RuleId">The rule that could have recommended the option.</param>
/// <param name="File">Rule file.</param>
/// <param name="Line">Line of the failing premise.</param>
/// <param name="Premise">The premise as written (e.g. <c>not Referendum where held &amp;&amp; passed</c>).</param>
/// <param name="Detail">What the facts said (e.g. <c>referendum: held=true, passed=true</c>).</param>
public sealed record FailedPremise(string RuleId, string File, int Line, string Premise, string Detail);
