using System.Globalization;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// The next dated event of a situation: among the date fields of its facts that fall after the as-of date, the
/// earliest whose passing changes the advice (the options it ends are rerun the day after), else the earliest.
/// The event is named by the fact's <c>label</c> when the situation gives one.
/// </summary>
internal sealed class DatedEvents(Advisor advisor)
{
    /// <summary>The next event after the as-of date of <paramref name="run"/>, or null when the situation dates none.</summary>
    public DatedEvent? Next(AdviceRun run)
    {
        var schema = run.RuleBase.Schema;
        var now = run.RecommendedOptions;
        var events = run.Situation.Facts
            .SelectMany(f => schema.Find(f.Type)!.Fields.Where(x => x.Kind == FieldKind.Date).Select(x => (Fact: f, Field: x, Date: f.ValueOf(x) as DateTime?)))
            .Where(e => e.Date is { } d && d.Date > run.AsOf.Date)
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Fact.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Field.Order)
            .Select(e =>
            {
                var after = advisor.Run(run.Situation, e.Date!.Value.AddDays(1), traced: false).RecommendedOptions;
                return new DatedEvent(
                    e.Fact.Id,
                    e.Field.Name,
                    e.Fact.Label ?? $"{Words(e.Fact.Id)} {Phrase(e.Field.Description)}".Trim(),
                    e.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    (int)(e.Date!.Value.Date - run.AsOf.Date).TotalDays,
                    now.Except(after, StringComparer.Ordinal).ToArray());
            })
            .ToArray();
        return events.FirstOrDefault(e => e.Lapses.Count > 0) ?? events.FirstOrDefault();
    }

    private static string Words(string id) => id.Replace('-', ' ');

    // "Polling day." reads "polling day" after the fact's name.
    private static string Phrase(string description)
    {
        var text = description.Trim().TrimEnd('.');
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}
