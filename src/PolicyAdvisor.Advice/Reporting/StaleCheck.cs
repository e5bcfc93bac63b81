using System.Globalization;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// Finds the facts and claims whose validity window closed before the as-of date. The memo flags them and the
/// advice resting on them rather than dropping that advice: the rules still match the situation as written, and
/// only its author can say what replaces an expired fact; a silent drop would hide that question from the reader.
/// </summary>
internal sealed class StaleCheck
{
    private readonly Dictionary<string, SituationFact> _facts;
    private readonly Dictionary<string, ClaimSpec> _claims;

    public StaleCheck(AdviceRun run)
    {
        _facts = run.Situation.Facts.Where(f => ValidityWindow.IsClosed(f.Until, run.AsOf)).ToDictionary(f => f.Id, StringComparer.Ordinal);
        _claims = run.RuleBase.Sources.Claims.Where(c => ValidityWindow.IsClosed(c.Until, run.AsOf)).ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The expired facts and claims among those given: facts first, then claims, each in the order given.</summary>
    public IReadOnlyList<string> Of(IEnumerable<string> factIds, IEnumerable<string> claimIds) =>
        factIds.Where(_facts.ContainsKey).Concat(claimIds.Where(_claims.ContainsKey)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Whether <paramref name="claimId"/> has expired.</summary>
    public bool IsStaleClaim(string claimId) => _claims.ContainsKey(claimId);

    /// <summary>
    /// One item per expired fact of the situation and per expired claim the memo cites, naming what rests on it.
    /// </summary>
    public IReadOnlyList<StaleItem> Items(IEnumerable<(string Id, IReadOnlyList<string> Stale)> affected, IReadOnlySet<string> cited, FactSchema schema)
    {
        var byInput = affected.SelectMany(a => a.Stale.Select(s => (Input: s, a.Id))).ToLookup(x => x.Input, x => x.Id, StringComparer.Ordinal);
        var facts = _facts.Values.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => new StaleItem("fact", f.Id, Day(f.Until), Values(f, schema), Affects(byInput, f.Id)));
        var claims = _claims.Values.Where(c => cited.Contains(c.Id) || byInput.Contains(c.Id))
            .Select(c => new StaleItem("claim", c.Id, Day(c.Until), c.Text, Affects(byInput, c.Id)));
        return facts.Concat(claims).ToArray();
    }

    private static string[] Affects(ILookup<string, string> byInput, string id) => byInput[id].Distinct(StringComparer.Ordinal).ToArray();

    private static string Values(SituationFact fact, FactSchema schema) =>
        string.Join("; ", schema.Find(fact.Type)!.Fields.Select(f => $"{f.Name}={FactValues.Format(fact.ValueOf(f))}"));

    private static string Day(DateTime? until) => until!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
