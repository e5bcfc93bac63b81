using System.Globalization;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Cli.Authoring;

/// <summary>Everything about one rule for <c>rules show</c>: where it is, its premises, its action, and the claims it rests on.</summary>
internal static class RuleDescriber
{
    /// <summary>Writes the description of <paramref name="rule"/>.</summary>
    public static void Write(TextWriter output, RuleSpec rule, RuleBase ruleBase, Func<string, string> display)
    {
        var kind = rule.Kind.ToString().ToLowerInvariant();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rule.Id} ({kind}, priority {rule.Priority})"));
        output.WriteLine($"  {rule.Title}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  at {display(rule.File)}:{rule.Line}"));
        output.WriteLine("when:");
        foreach (var premise in rule.Premises)
        {
            output.WriteLine($"  - {Premise(premise)}");
            foreach (var condition in premise.Where)
            {
                output.WriteLine($"      where {condition}");
            }

            if (premise.Having is { } having)
            {
                output.WriteLine($"      having {having}");
            }
        }

        output.WriteLine("then:");
        foreach (var line in Action(rule.Action))
        {
            output.WriteLine($"  {line}");
        }

        output.WriteLine("sources:");
        foreach (var claimId in rule.Sources.Concat(rule.Action.Sides.SelectMany(s => s.Sources)).Distinct(StringComparer.Ordinal))
        {
            output.WriteLine($"  {ClaimLine(claimId, ruleBase.Sources)}");
        }

        if (rule.Notes is { } notes)
        {
            output.WriteLine($"notes: {notes}");
        }
    }

    /// <summary>One line for a cited claim: id, source, paraphrase (or a note that no digest holds it).</summary>
    public static string ClaimLine(string claimId, SourceLibrary sources)
    {
        if (sources.FindClaim(claimId) is not { } claim)
        {
            return $"{claimId}: (in no source digest)";
        }

        var source = sources.FindSource(claim.SourceId);
        var by = source is null ? claim.SourceId : $"{source.Author}, {source.Publisher}, {source.Date}";
        return $"{claimId} [{by}]: {claim.Text}";
    }

    private static string Premise(PremiseSpec premise) => premise.Kind switch
    {
        PremiseKind.Pattern => $"{premise.Binding}: {premise.TypeName}",
        PremiseKind.Not => $"not: {premise.TypeName}",
        PremiseKind.Exists => $"exists: {premise.TypeName}",
        _ => $"collect: {premise.TypeName} into {premise.Binding}",
    };

    private static IEnumerable<string> Action(ActionSpec action)
    {
        switch (action.Kind)
        {
            case ActionKind.Recommend:
                yield return $"recommend {action.Target} ({action.Strength ?? "moderate"})";
                break;
            case ActionKind.Assert:
                yield return $"assert {action.Target}";
                foreach (var (field, value) in action.Set.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    yield return string.Create(CultureInfo.InvariantCulture, $"  set {field} = {value}");
                }

                break;
            case ActionKind.Risk:
                yield return $"risk {action.Target} (severity {action.Severity})";
                if (action.Against.Count > 0)
                {
                    yield return $"  against {string.Join(", ", action.Against)}";
                }

                break;
            default:
                yield return $"tradeoff {action.Target}";
                foreach (var side in action.Sides)
                {
                    yield return $"  {side.Option}: {side.View}";
                }

                break;
        }

        if (action.Because.Length > 0)
        {
            yield return $"because: {action.Because}";
        }
    }
}
