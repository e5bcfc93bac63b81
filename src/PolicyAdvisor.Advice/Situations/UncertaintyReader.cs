using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Situations;

/// <summary>
/// Reads a fact's <c>uncertain:</c> block: for each field, the alternative values with their estimative likelihood
/// and the risks a value brings about (<c>realises</c>), each checked against the schema and the rules.
/// </summary>
/// <param name="schema">Converts each value to its field's kind.</param>
/// <param name="risks">The risk ids rules can raise; null skips the check of <c>realises</c>.</param>
internal sealed class UncertaintyReader(FactSchema schema, IReadOnlyCollection<string>? risks)
{
    /// <summary>The uncertain fields of fact <paramref name="id"/> of <paramref name="type"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public List<UncertainField> Read(string id, FactTypeSpec type, YamlMapping map, DiagnosticBag diagnostics)
    {
        var result = new List<UncertainField>();
        foreach (var (key, list) in map["uncertain"].AsMapping(diagnostics, "'uncertain'")?.Entries ?? [])
        {
            if (type.Field(key.Value) is not { } field)
            {
                diagnostics.Error(AdviceCodes.UnknownField, $"{type.Name} has no field '{key.Value}'{Suggest.DidYouMean(key.Value, type.Fields.Select(f => f.Name))}", key);
                continue;
            }

            var alternatives = new List<Alternative>();
            foreach (var item in list.AsSequence(diagnostics, $"'uncertain.{key.Value}'")?.Items ?? [])
            {
                if (item.AsMapping(diagnostics, "an alternative") is not { } alt || !alt.CheckKeys(diagnostics, SituationShape.Alternative))
                {
                    continue;
                }

                var value = schema.ConvertValue(field, alt["value"]!, diagnostics);
                var words = alt.Scalar("likelihood", diagnostics);
                if (words is not null && Likelihood.Find(words.Value) is { } likelihood)
                {
                    alternatives.Add(new Alternative(value, likelihood) { Realises = Realised(alt, diagnostics) });
                }
                else if (words is not null)
                {
                    diagnostics.Error(AdviceCodes.BadLikelihood, $"likelihood '{words.Value}' is not on the estimative scale: {string.Join(", ", Likelihood.Scale.Select(l => l.Words))}", words);
                }
            }

            result.Add(new UncertainField(id, field.Name, alternatives));
        }

        return result;
    }

    private string[] Realised(YamlMapping alternative, DiagnosticBag diagnostics)
    {
        var named = alternative.ScalarList("realises", diagnostics);
        foreach (var risk in named.Where(r => risks is not null && !risks.Contains(r.Value)))
        {
            diagnostics.Error(AdviceCodes.UnknownRealisedRisk, $"realises '{risk.Value}': no rule raises that risk{Suggest.DidYouMean(risk.Value, risks!)}", risk);
        }

        return named.Select(r => r.Value).ToArray();
    }
}
