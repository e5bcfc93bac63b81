namespace PolicyAdvisor.Advice.Reports;

/// <summary>What the bottom line rests on; the signposts it names are the first of <see cref="AdviceReport.Signposts"/>.</summary>
/// <param name="Decision">Id of the decision it leads with: the first declared decision with a course, or null when nothing is advised.</param>
/// <param name="NextEvent">The next dated event in the situation after the as-of date, or null when none is dated.</param>
/// <param name="MainRisk">
/// Id of the main risk: the highest likelihood times severity, ties broken by confidence and then by the order
/// the rule base states the risks in (never by id); null when no risk is flagged.
/// </param>
public sealed record BottomLine(string? Decision, DatedEvent? NextEvent, string? MainRisk);

/// <summary>A dated event from the situation, counted from the as-of date.</summary>
/// <param name="FactId">The fact that carries the date.</param>
/// <param name="Field">The date field.</param>
/// <param name="What">The event as a reader would say it (e.g. "armenian election polling day").</param>
/// <param name="Date">yyyy-MM-dd.</param>
/// <param name="DaysAway">Days from the as-of date.</param>
/// <param name="Lapses">Options advised now that are no longer advised the day after it.</param>
public sealed record DatedEvent(string FactId, string Field, string What, string Date, int DaysAway, IReadOnlyList<string> Lapses);
