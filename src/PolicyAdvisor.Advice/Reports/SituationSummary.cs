namespace PolicyAdvisor.Advice.Reports;

/// <summary>The situation a report was produced for.</summary>
/// <param name="Title">Situation title.</param>
/// <param name="AsOf">The as-of date the rules reasoned with (ISO yyyy-MM-dd).</param>
/// <param name="Description">One line on what the situation is.</param>
/// <param name="File">Situation file path as given, relative where possible.</param>
public sealed record SituationSummary(string Title, string AsOf, string Description, string File);
