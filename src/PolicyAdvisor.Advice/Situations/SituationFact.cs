using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Situations;

/// <summary>One fact of a situation, with how far to trust it and where it was written.</summary>
/// <param name="Id">Unique within the situation.</param>
/// <param name="Type">Fact type from the schema.</param>
/// <param name="Values">Field values given in the file (others take the schema's defaults), in file order.</param>
/// <param name="Confidence">low | moderate | high: trust in the sources, not the likelihood of the world.</param>
/// <param name="Sources">Claim ids the fact rests on.</param>
/// <param name="Note">Optional free text.</param>
/// <param name="File">File the fact was written in.</param>
/// <param name="Line">1-based line of the fact.</param>
/// <param name="Uncertain">Fields with alternative values and their likelihood.</param>
public sealed record SituationFact(
    string Id,
    string Type,
    IReadOnlyList<KeyValuePair<string, object?>> Values,
    string Confidence,
    IReadOnlyList<string> Sources,
    string? Note,
    string File,
    int Line,
    IReadOnlyList<UncertainField> Uncertain)
{
    /// <summary>How a reader would name what the fact is about (e.g. "Armenia's parliamentary election"), or null.</summary>
    public string? Label { get; init; }

    /// <summary>The last day the fact holds as stated (<c>until</c> in the file), or null when it has no window.</summary>
    public DateTime? Until { get; init; }

    /// <summary>The values as a dictionary, for creating the runtime fact.</summary>
    public IReadOnlyDictionary<string, object?> ValueMap => Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    /// <summary>The value a run sees for <paramref name="field"/>: the one given in the file, else the field's default.</summary>
    public object? ValueOf(FieldSpec field)
    {
        ArgumentNullException.ThrowIfNull(field);
        foreach (var (name, value) in Values)
        {
            if (string.Equals(name, field.Name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return field.DefaultValue;
    }

    /// <summary>A copy with <paramref name="field"/> set to <paramref name="value"/>.</summary>
    public SituationFact With(string field, object? value)
    {
        var values = Values.Where(v => v.Key != field).Append(new(field, value)).ToArray();
        return this with { Values = values };
    }
}

/// <summary>A field whose value is uncertain, with its alternatives.</summary>
/// <param name="FactId">The fact.</param>
/// <param name="Field">The field.</param>
/// <param name="Alternatives">Possible values with their likelihood; the fact's stated value is one of them or not.</param>
public sealed record UncertainField(string FactId, string Field, IReadOnlyList<Alternative> Alternatives);

/// <summary>One possible value of an uncertain field.</summary>
public sealed record Alternative(object? Value, Likelihood Likelihood)
{
    /// <summary>Risk ids this value would bring about (<c>realises</c>); their likelihood is this value's.</summary>
    public IReadOnlyList<string> Realises { get; init; } = [];
}
