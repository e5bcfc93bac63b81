using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// One concrete what-if change: set a field of a fact, or (when <paramref name="Field"/> is null) retract the fact.
/// </summary>
/// <param name="FactId">The situation fact.</param>
/// <param name="Field">The field to set, or null to retract.</param>
/// <param name="Value">The new value, already of the field's CLR type.</param>
public sealed record WhatIfEdit(string FactId, string? Field, object? Value)
{
    /// <summary>
    /// Resolves <c>Type.field=value</c> (every fact of that type) or <c>fact-id.field=value</c> against
    /// <paramref name="situation"/>, parsing the value per the field's kind.
    /// </summary>
    /// <exception cref="WhatIfInputException">Malformed text, unknown type, fact or field, or a value that does not fit.</exception>
    public static IReadOnlyList<WhatIfEdit> ParseSet(string text, Situation situation, FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var dot = equals < 0 ? -1 : text.LastIndexOf('.', equals);
        if (equals < 0 || dot <= 0 || dot == equals - 1)
        {
            throw new WhatIfInputException($"--set '{text}': expected Type.field=value or fact-id.field=value.");
        }

        var target = text[..dot];
        var fieldName = text[(dot + 1)..equals];
        var facts = Targets(target, situation, schema, "--set");
        var type = schema.Find(facts[0].Type)!;
        var field = type.Field(fieldName) ?? throw new WhatIfInputException(
            $"--set '{text}': {type.Name} has no field '{fieldName}'; fields: {string.Join(", ", type.Fields.Select(f => f.Name))}.");
        var value = FieldText.Parse(field, text[(equals + 1)..]) ?? throw new WhatIfInputException(
            $"--set '{text}': '{text[(equals + 1)..]}' does not fit {type.Name}.{field.Name} ({FieldText.Expected(field)}).");
        return facts.Select(f => new WhatIfEdit(f.Id, field.Name, value)).ToArray();
    }

    /// <summary>Resolves a type name (every fact of it) or a fact id to retractions.</summary>
    /// <exception cref="WhatIfInputException">Neither a type with facts in the situation nor a fact id.</exception>
    public static IReadOnlyList<WhatIfEdit> ParseRetract(string text, Situation situation, FactSchema schema) =>
        Targets(text, situation, schema, "--retract").Select(f => new WhatIfEdit(f.Id, null, null)).ToArray();

    private static IReadOnlyList<SituationFact> Targets(string target, Situation situation, FactSchema schema, string option)
    {
        if (schema.Find(target) is { } type)
        {
            var ofType = situation.Facts.Where(f => f.Type == type.Name).ToArray();
            return ofType.Length > 0
                ? ofType
                : throw new WhatIfInputException($"{option} '{target}': the situation has no {type.Name} fact.");
        }

        return situation.Find(target) is { } fact
            ? [fact]
            : throw new WhatIfInputException(
                $"{option} '{target}': neither a fact type nor a fact id; fact ids: {string.Join(", ", situation.Facts.Select(f => f.Id))}.");
    }
}
