namespace PolicyAdvisor.Advice.Situations;

/// <summary>A situation: the facts a run asserts, as read from a situation file (after <c>extends</c>).</summary>
/// <param name="Title">Title.</param>
/// <param name="AsOf">The date the situation describes; time-bound rules compare event dates with it.</param>
/// <param name="Description">One line on what the situation shows.</param>
/// <param name="File">The situation file as given (forward slashes).</param>
/// <param name="Facts">Facts in file order (base facts first when extending).</param>
/// <param name="Files">Every file read to build it (the file, then what it extends), for the fingerprint.</param>
public sealed record Situation(
    string Title,
    DateTime AsOf,
    string Description,
    string File,
    IReadOnlyList<SituationFact> Facts,
    IReadOnlyList<string> Files)
{
    /// <summary>The fields marked uncertain, in fact order then field order.</summary>
    public IReadOnlyList<UncertainField> Uncertainties => Facts.SelectMany(f => f.Uncertain).ToArray();

    /// <summary>The fact with <paramref name="id"/>, or null.</summary>
    public SituationFact? Find(string id) => Facts.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));

    /// <summary>A copy with one field of one fact changed.</summary>
    public Situation With(string factId, string field, object? value) => this with
    {
        Facts = Facts.Select(f => f.Id == factId ? f.With(field, value) : f).ToArray(),
    };
}
