namespace PolicyAdvisor.Advice.Reports;

/// <summary>A decision the principal must take: the question, why now, the course the memo recommends, and what else was weighed.</summary>
/// <param name="Id">Decision id (an option's id for a decision options.yaml does not declare).</param>
/// <param name="Question">The question.</param>
/// <param name="Declared">False for a one-option decision made for an option no declared decision lists.</param>
/// <param name="Status">
/// settled (the memo recommends one course) | unsettled (the sources disagree between alternatives: shown rather
/// than settled) | none (no option of the decision is advised).
/// </param>
/// <param name="WhyNow">The assessments that make the decision pressing, as rendered rationales (at most two).</param>
/// <param name="Course">The recommended course, in order: the lead, later steps, alternatives left open, complementary actions.</param>
/// <param name="Considered">Options of the decision the memo does not recommend, each with why.</param>
/// <param name="Tensions">Ids of trade-offs between options of the course that stay open: the sources disagree.</param>
public sealed record DecisionItem(
    string Id,
    string Question,
    bool Declared,
    string Status,
    IReadOnlyList<string> WhyNow,
    IReadOnlyList<CourseStep> Course,
    IReadOnlyList<ConsideredItem> Considered,
    IReadOnlyList<string> Tensions);

/// <summary>One option in a decision's recommended course.</summary>
/// <param name="OptionId">The option (its recommendation is in <see cref="AdviceReport.Recommendations"/>).</param>
/// <param name="Role">lead | later | either | alongside (as in <see cref="RecommendationItem.Role"/>).</param>
/// <param name="When">For a later step: when it follows (e.g. "after the constitutional referendum"); else null.</param>
public sealed record CourseStep(string OptionId, string Role, string? When);

/// <summary>An option of a decision the memo does not recommend.</summary>
/// <param name="OptionId">The option.</param>
/// <param name="Title">Its title.</param>
/// <param name="Advised">True when the rules advise it and the decision settled against it; false when no rule advises it.</param>
/// <param name="Reason">Why it was not chosen (a preference's or the ranking's reason), or the premise that failed.</param>
/// <param name="Sources">Claim ids behind the reason, if any.</param>
public sealed record ConsideredItem(string OptionId, string Title, bool Advised, string Reason, IReadOnlyList<string> Sources);
