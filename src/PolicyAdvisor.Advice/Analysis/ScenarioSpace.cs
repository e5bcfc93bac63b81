using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// The uncertain fields of one situation and the runtime facts a scenario needs, built once so that a scenario
/// costs no schema work: every combination of one fact's uncertain values is created up front, and a scenario
/// only picks, per fact, the variant for its value indices.
/// </summary>
internal sealed class ScenarioSpace
{
    private readonly object[] _baseFacts;
    private readonly FactSlot[] _slots;

    public ScenarioSpace(RuleBase ruleBase, Situation situation, DateTime asOf)
    {
        RuleBase = ruleBase;
        var schema = ruleBase.Schema;
        Dimensions = situation.Facts.SelectMany(f => f.Uncertain.Where(u => u.Alternatives.Count > 0).Select(u => Dimension(f, u, schema))).ToArray();
        var facts = new List<object>
        {
            schema.CreateFact(BuiltInTypes.Situation, Advisor.SituationFactId, new Dictionary<string, object?>
            {
                ["title"] = situation.Title,
                ["as_of"] = asOf,
            }),
        };
        facts.AddRange(situation.Facts.Select(f => schema.CreateFact(f.Type, f.Id, f.ValueMap)));
        _baseFacts = facts.ToArray();
        var slots = new List<FactSlot>();
        for (var i = 0; i < situation.Facts.Count; i++)
        {
            var dims = Enumerable.Range(0, Dimensions.Count).Where(d => Dimensions[d].FactId == situation.Facts[i].Id).ToArray();
            if (dims.Length > 0)
            {
                slots.Add(FactSlot.Create(i + 1, _baseFacts[i + 1], dims, Dimensions, schema));
            }
        }

        _slots = slots.ToArray();
        Size = Dimensions.Aggregate(1L, (n, d) => n > SweepOptions.MaxFactorial * 1000 ? n : n * Math.Max(1, d.Values.Count));
        StatedIndices = Dimensions.Select(d => d.StatedIndex).ToArray();
    }

    /// <summary>The rule base scenarios run against.</summary>
    public RuleBase RuleBase { get; }

    /// <summary>The uncertain fields, in fact order then field order.</summary>
    public IReadOnlyList<SweepDimension> Dimensions { get; }

    /// <summary>Scenarios in the full factorial (saturating well above the factorial limit).</summary>
    public long Size { get; }

    /// <summary>Per dimension, the index standing for the situation as stated.</summary>
    public IReadOnlyList<int> StatedIndices { get; }

    /// <summary>Fills <paramref name="facts"/> (length <see cref="FactCount"/>) with the facts of one scenario.</summary>
    public void Facts(ReadOnlySpan<int> valueIndices, object[] facts)
    {
        _baseFacts.CopyTo(facts, 0);
        foreach (var slot in _slots)
        {
            facts[slot.Position] = slot.Variant(valueIndices);
        }
    }

    /// <summary>How many facts a scenario inserts.</summary>
    public int FactCount => _baseFacts.Length;

    private static SweepDimension Dimension(SituationFact fact, UncertainField uncertain, FactSchema schema)
    {
        var stated = fact.ValueOf(schema.Find(fact.Type)!.Field(uncertain.Field)!);
        var total = uncertain.Alternatives.Sum(a => a.Likelihood.Midpoint);
        return new SweepDimension(
            fact.Id,
            uncertain.Field,
            uncertain.Alternatives.Select(a => a.Value).ToArray(),
            uncertain.Alternatives.Select(a => a.Likelihood).ToArray(),
            uncertain.Alternatives.Select(a => a.Likelihood.Midpoint / total).ToArray(),
            stated);
    }

    /// <summary>One situation fact with uncertain fields and every variant of it.</summary>
    private sealed class FactSlot
    {
        private readonly int[] _dimensions;
        private readonly int[] _radix;
        private readonly object _baseFact;
        private readonly IReadOnlyList<SweepDimension> _all;
        private readonly FactSchema _schema;
        private object[]? _variants;

        private FactSlot(int position, int[] dimensions, int[] radix, object baseFact, IReadOnlyList<SweepDimension> all, FactSchema schema)
        {
            Position = position;
            _dimensions = dimensions;
            _radix = radix;
            _baseFact = baseFact;
            _all = all;
            _schema = schema;
        }

        public int Position { get; }

        /// <summary>Most variants built up front for one fact; beyond it a variant is built when needed.</summary>
        public const int MaxVariants = 4096;

        public static FactSlot Create(int position, object baseFact, int[] dims, IReadOnlyList<SweepDimension> dimensions, FactSchema schema)
        {
            // One extra index per field stands for the stated value, so the situation as written is a scenario too.
            var radix = dims.Select(d => dimensions[d].Values.Count + 1).ToArray();
            var count = radix.Aggregate(1L, (n, r) => Math.Min(n * r, MaxVariants + 1L));
            var slot = new FactSlot(position, dims, radix, baseFact, dimensions, schema);
            if (count <= MaxVariants)
            {
                slot._variants = new object[count];
                for (var code = 0; code < count; code++)
                {
                    slot._variants[code] = slot.Build(code);
                }
            }

            return slot;
        }

        public object Variant(ReadOnlySpan<int> valueIndices)
        {
            var code = 0L;
            for (var k = _dimensions.Length - 1; k >= 0; k--)
            {
                code = (code * _radix[k]) + valueIndices[_dimensions[k]];
            }

            return _variants is null ? Build(code) : _variants[code];
        }

        private object Build(long code)
        {
            var fact = _baseFact;
            var rest = code;
            for (var k = 0; k < _dimensions.Length; k++)
            {
                var dimension = _all[_dimensions[k]];
                fact = _schema.WithField(fact, dimension.Field, dimension.ValueAt((int)(rest % _radix[k])));
                rest /= _radix[k];
            }

            return fact;
        }
    }
}
