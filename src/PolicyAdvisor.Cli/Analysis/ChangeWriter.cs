using PolicyAdvisor.Advice.Analysis;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Analysis;

/// <summary>
/// Prints advice differences (what-if and diff) as plain text grouped by what changed, each line naming the
/// rules responsible, so the output reads well and diffs cleanly.
/// </summary>
internal static class ChangeWriter
{
    /// <summary>
    /// Writes <paramref name="changes"/>, each line after <paramref name="indent"/>; titles come from
    /// <paramref name="after"/>, else <paramref name="before"/>.
    /// </summary>
    public static void Write(TextWriter output, IReadOnlyList<AdviceChange> changes, RuleBase before, RuleBase after, string indent = "")
    {
        if (changes.Count == 0)
        {
            output.WriteLine($"{indent}No change in the advice.");
            return;
        }

        foreach (var (heading, items) in BySection(changes))
        {
            Section(output, items, heading, before, after, indent);
        }
    }

    /// <summary>The changes in the order the text lists them (by section, then as compared), for other formats.</summary>
    public static IEnumerable<AdviceChange> InReadingOrder(IReadOnlyList<AdviceChange> changes) =>
        BySection(changes).SelectMany(s => s.Items);

    private static IEnumerable<(string Heading, IReadOnlyList<AdviceChange> Items)> BySection(IReadOnlyList<AdviceChange> changes) =>
        Sections.Select(s => (s.Heading, (IReadOnlyList<AdviceChange>)changes.Where(c => c.Kind == s.Kind && c.Change == s.Change).ToArray()));

    private static readonly (ConclusionKind Kind, ChangeKind Change, string Heading)[] Sections =
    [
        (ConclusionKind.Recommendation, ChangeKind.Added, "Options gained"),
        (ConclusionKind.Recommendation, ChangeKind.Removed, "Options lost"),
        (ConclusionKind.Recommendation, ChangeKind.Changed, "Options changed in strength"),
        (ConclusionKind.Risk, ChangeKind.Added, "Risks raised"),
        (ConclusionKind.Risk, ChangeKind.Removed, "Risks withdrawn"),
        (ConclusionKind.Risk, ChangeKind.Changed, "Risks changed in severity"),
        (ConclusionKind.Tradeoff, ChangeKind.Added, "Trade-offs added"),
        (ConclusionKind.Tradeoff, ChangeKind.Removed, "Trade-offs removed"),
        (ConclusionKind.Tradeoff, ChangeKind.Changed, "Trade-offs changed"),
    ];

    private static void Section(TextWriter output, IReadOnlyList<AdviceChange> items, string heading, RuleBase before, RuleBase after, string indent)
    {
        if (items.Count == 0)
        {
            return;
        }

        output.WriteLine($"{indent}{heading}:");
        foreach (var item in items)
        {
            var grade = item.Change switch
            {
                ChangeKind.Added => item.After,
                ChangeKind.Removed => item.Before,
                _ => $"{Grade(item.Before, item.BeforeDetail, item)} -> {Grade(item.After, item.AfterDetail, item)}",
            };
            var title = Title(item, before, after);
            var gradeText = string.IsNullOrEmpty(grade) ? string.Empty : $" ({grade})";
            output.WriteLine($"{indent}  - {item.Id}{gradeText}: {title} [rules: {string.Join(", ", item.Rules)}]");
        }
    }

    // A change shows the detail (a risk's options, a trade-off's options) only when that is what changed.
    private static string Grade(string? grade, string? detail, AdviceChange change)
    {
        var showDetail = !string.Equals(change.BeforeDetail, change.AfterDetail, StringComparison.Ordinal);
        var parts = new[] { grade, showDetail ? (string.IsNullOrEmpty(detail) ? "against no option" : detail) : null };
        return string.Join("; ", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    /// <summary>
    /// The title shown for a change: options have catalog titles; risks and trade-offs are described by the rule
    /// that raised them.
    /// </summary>
    public static string Title(AdviceChange change, RuleBase before, RuleBase after)
    {
        if (change.Kind == ConclusionKind.Recommendation)
        {
            return (after.Options.Find(change.Id) ?? before.Options.Find(change.Id))?.Title ?? change.Id;
        }

        var rule = change.Rules.Count == 0 ? null : after.FindRule(change.Rules[0]) ?? before.FindRule(change.Rules[0]);
        return rule?.Title ?? change.Id;
    }
}
