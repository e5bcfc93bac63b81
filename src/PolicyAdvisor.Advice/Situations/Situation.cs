using PolicyAdvisor.Rules;

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
    private readonly FactIndex _index = new();

    /// <summary>Every file the loader read to build it, with the hash of its bytes (empty when built in code).</summary>
    public IReadOnlyList<InputRecord> Inputs { get; init; } = [];

    /// <summary>The fields marked uncertain, in fact order then field order.</summary>
    public IReadOnlyList<UncertainField> Uncertainties => Facts.SelectMany(f => f.Uncertain).ToArray();

    /// <summary>The fact with <paramref name="id"/>, or null.</summary>
    public SituationFact? Find(string id) => _index.Find(Facts, id);

    /// <summary>A copy with one field of one fact changed.</summary>
    public Situation With(string factId, string field, object? value) => this with
    {
        Facts = Facts.Select(f => f.Id == factId ? f.With(field, value) : f).ToArray(),
    };

    /// <summary>
    /// Facts by id, built on first use for the current <see cref="Facts"/> list: reports and what-if runs look a
    /// fact up once per premise, which was quadratic in the number of facts with a scan.
    /// </summary>
    /// <remarks>
    /// A <c>with</c> copy shares this object, so the index remembers which list it was built for and rebuilds when
    /// asked about another. All instances compare equal, so the cache never takes part in the record's equality.
    /// </remarks>
    private sealed class FactIndex
    {
        private volatile Built? _built;

        public SituationFact? Find(IReadOnlyList<SituationFact> facts, string id)
        {
            var built = _built;
            if (built is null || !ReferenceEquals(built.Facts, facts))
            {
                var byId = new Dictionary<string, SituationFact>(facts.Count, StringComparer.Ordinal);
                foreach (var fact in facts)
                {
                    byId.TryAdd(fact.Id, fact);
                }

                _built = built = new Built(facts, byId);
            }

            return built.ById.GetValueOrDefault(id);
        }

        public override bool Equals(object? obj) => obj is FactIndex;

        public override int GetHashCode() => 0;

        private sealed record Built(IReadOnlyList<SituationFact> Facts, Dictionary<string, SituationFact> ById);
    }
}
