using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// One-at-a-time sensitivity: change a single field of a single fact to each of its other values, rerun, and
/// see which options flip. Booleans try the other value; any field marked uncertain tries its
/// listed alternatives. The result fills the memo's signposts.
/// </summary>
public sealed class SensitivityAnalysis(Advisor advisor)
{
    /// <summary>Every single change that adds or removes a recommended option, in fact, field and value order.</summary>
    /// <remarks>
    /// All changes are tried on one live session: each is an update there and back. Every conclusion is a linked
    /// fact, so truth maintenance makes the changed state equal to a fresh run of the changed situation (the
    /// tests hold the two to the same flips), and an update costs a fraction of a new session.
    /// </remarks>
    public IReadOnlyList<Flip> Flips(Situation situation, DateTime? asOf = null)
    {
        var run = advisor.Run(situation, asOf, traced: false);
        var baseline = run.RecommendedOptions;
        var flips = new List<Flip>();
        foreach (var (fact, field, value) in Changes(situation))
        {
            var original = fact.ValueOf(advisor.RuleBase.Schema.Find(fact.Type)!.Field(field)!);
            run.Set(fact.Id, field, value);
            var changed = run.RecommendedOptions;
            run.Set(fact.Id, field, original);
            var lost = baseline.Except(changed, StringComparer.Ordinal).ToArray();
            var gained = changed.Except(baseline, StringComparer.Ordinal).ToArray();
            if (lost.Length > 0 || gained.Length > 0)
            {
                flips.Add(new Flip(fact.Id, field, FactValues.Format(value), lost, gained));
            }
        }

        return flips;
    }

    /// <summary>The single-field changes worth trying for <paramref name="situation"/>.</summary>
    public IEnumerable<(SituationFact Fact, string Field, object? Value)> Changes(Situation situation)
    {
        var schema = advisor.RuleBase.Schema;
        foreach (var fact in situation.Facts)
        {
            var type = schema.Find(fact.Type)!;
            foreach (var field in type.Fields)
            {
                var current = fact.ValueOf(field);
                var uncertain = fact.Uncertain.FirstOrDefault(u => u.Field == field.Name);
                IEnumerable<object?> alternatives = uncertain is not null
                    ? uncertain.Alternatives.Select(a => a.Value)
                    : field.Kind switch
                    {
                        FieldKind.Bool => [true, false],
                        _ => [],
                    };
                foreach (var alternative in alternatives.Where(a => !Equals(a, current)))
                {
                    yield return (fact, field.Name, alternative);
                }
            }
        }
    }
}
