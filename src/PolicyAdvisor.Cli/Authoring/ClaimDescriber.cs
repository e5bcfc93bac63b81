using System.Globalization;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Authoring;

/// <summary>
/// Everything about one claim for <c>sources show</c>: its paraphrase, kind and locator, the source's
/// bibliography, and every rule, option and situation fact that cites it.
/// </summary>
internal static class ClaimDescriber
{
    /// <summary>Writes the description of <paramref name="claim"/>.</summary>
    public static void Write(TextWriter output, ClaimSpec claim, RuleBase ruleBase, IReadOnlyList<Situation> situations, Func<string, string> display)
    {
        output.WriteLine($"{claim.Id} ({claim.Kind})");
        output.WriteLine($"  {claim.Text}");
        var locator = claim.Section is null ? "none" : claim.Paragraph is { } p ? string.Create(CultureInfo.InvariantCulture, $"{claim.Section}, paragraph {p}") : claim.Section;
        output.WriteLine($"  locator: {locator}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  at {display(claim.File)}:{claim.Line}"));
        if (ruleBase.Sources.FindSource(claim.SourceId) is { } source)
        {
            output.WriteLine($"source {source.Id}: {source.Author}, \"{source.Title}\", {source.Publisher}, {source.Date} (text: {source.FileName})");
        }

        var id = claim.Id;
        Section(output, "cited by rules", ruleBase.Rules
            .Where(r => r.Sources.Contains(id) || r.Action.Sides.Any(s => s.Sources.Contains(id)))
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Id} ({display(r.File)}:{r.Line})")));
        Section(output, "cited by options", ruleBase.Options.Options
            .Where(o => o.Pros.Concat(o.Cons).Any(point => point.Sources.Contains(id)))
            .Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Id} ({display(o.File)}:{o.Line})")));
        Section(output, "cited by situation facts", situations
            .SelectMany(s => s.Facts.Where(f => f.Sources.Contains(id)))
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Id} ({display(f.File)}:{f.Line})"))
            .Distinct(StringComparer.Ordinal));
    }

    private static void Section(TextWriter output, string title, IEnumerable<string> lines)
    {
        var items = lines.ToArray();
        output.WriteLine(items.Length == 0 ? $"{title}: none" : $"{title}:");
        foreach (var line in items)
        {
            output.WriteLine($"  {line}");
        }
    }
}
