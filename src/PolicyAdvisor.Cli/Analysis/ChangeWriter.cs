using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Analysis;

/// <summary>
/// Prints advice differences (what-if and diff) as plain text grouped by what changed, each line naming the
/// rules responsible, so the output reads well and diffs cleanly.
/// </summary>
internal static class ChangeWriter
{
    /// <summary>Writes <paramref name="changes"/>; titles come from <paramref name="after"/>, else <paramref name="before"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<AdviceChange> changes, RuleBase before, RuleBase after)
    {
        if (changes.Count == 0)
        {
            output.WriteLine("No change in the advice.");
            return;
        }

        Section(output, changes, ConclusionKind.Recommendation, ChangeKind.Added, "Options gained", before, after);
        Section(output, changes, ConclusionKind.Recommendation, ChangeKind.Removed, "Options lost", before, after);
        Section(output, changes, ConclusionKind.Recommendation, ChangeKind.Changed, "Options changed in strength", before, after);
        Section(output, changes, ConclusionKind.Risk, ChangeKind.Added, "Risks raised", before, after);
        Section(output, changes, ConclusionKind.Risk, ChangeKind.Removed, "Risks withdrawn", before, after);
        Section(output, changes, ConclusionKind.Risk, ChangeKind.Changed, "Risks changed in severity", before, after);
        Section(output, changes, ConclusionKind.Tradeoff, ChangeKind.Added, "Trade-offs added", before, after);
        Section(output, changes, ConclusionKind.Tradeoff, ChangeKind.Removed, "Trade-offs removed", before, after);
    }

    private static void Section(TextWriter output, IReadOnlyList<AdviceChange> changes, ConclusionKind kind, ChangeKind change, string heading, RuleBase before, RuleBase after)
    {
        var items = changes.Where(c => c.Kind == kind && c.Change == change).ToArray();
        if (items.Length == 0)
        {
            return;
        }

        output.WriteLine($"{heading}:");
        foreach (var item in items)
        {
            var grade = item.Change switch
            {
                ChangeKind.Added => item.After,
                ChangeKind.Removed => item.Before,
                _ => $"{item.Before} -> {item.After}",
            };
            var title = Title(item, before, after);
            var gradeText = string.IsNullOrEmpty(grade) ? string.Empty : $" ({grade})";
            output.WriteLine($"  - {item.Id}{gradeText}: {title} [rules: {string.Join(", ", item.Rules)}]");
        }
    }

    // Options have catalog titles; risks and trade-offs are described by the rule that raised them.
    private static string Title(AdviceChange change, RuleBase before, RuleBase after)
    {
        if (change.Kind == ConclusionKind.Recommendation)
        {
            return (after.Options.Find(change.Id) ?? before.Options.Find(change.Id))?.Title ?? change.Id;
        }

        var rule = change.Rules.Count == 0 ? null : after.FindRule(change.Rules[0]) ?? before.FindRule(change.Rules[0]);
        return rule?.Title ?? change.Id;
    }
}
