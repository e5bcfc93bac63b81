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
    public IReadOnlyList<Flip> Flips(Situation situation, DateTime? asOf = null)
    {
        var baseline = advisor.Run(situation, asOf, traced: false).RecommendedOptions;
        var flips = new List<Flip>();
        foreach (var (fact, field, value) in Changes(situation))
        {
            var changed = advisor.Run(situation.With(fact.Id, field, value), asOf, traced: false).RecommendedOptions;
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
            var values = fact.ValueMap;
            foreach (var field in type.Fields)
            {
                var current = values.TryGetValue(field.Name, out var v) ? v : field.DefaultValue;
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
