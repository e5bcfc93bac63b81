using System.Linq.Expressions;
using PolicyAdvisor.Advice.Running;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>
/// Runs scenarios one after another on one thread: a fresh NRules session from the shared factory per scenario,
/// held to the run budgets, no provenance, and the conclusions read straight into per-option flags. Not
/// thread-safe; one per worker.
/// </summary>
internal sealed class ScenarioEvaluator
{
    private readonly ScenarioSpace _space;
    private readonly OutcomeCache? _cache;
    private readonly object[] _facts;
    private readonly Dictionary<string, int> _optionIndex;
    private readonly Type _recommendationType;
    private readonly Type _riskType;
    private readonly Func<object, string> _option;
    private readonly Func<object, IEnumerable<string>> _against;

    public ScenarioEvaluator(ScenarioSpace space, OutcomeCache? cache = null)
    {
        _space = space;
        _cache = cache;
        _facts = new object[space.FactCount];
        var schema = space.RuleBase.Schema;
        OptionIds = space.RuleBase.Options.Options.Select(o => o.Id).ToArray();
        _optionIndex = OptionIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        _recommendationType = schema.RuntimeType(BuiltInTypes.Recommendation);
        _riskType = schema.RuntimeType(BuiltInTypes.Risk);
        _option = Getter<string>(_recommendationType, "option");
        _against = Getter<IEnumerable<string>>(_riskType, "against");
        Recommended = new bool[OptionIds.Count];
        AtRisk = new bool[OptionIds.Count];
    }

    /// <summary>The catalog's option ids; flags are indexed alike.</summary>
    public IReadOnlyList<string> OptionIds { get; }

    /// <summary>After <see cref="Evaluate"/>: which options were recommended.</summary>
    public bool[] Recommended { get; }

    /// <summary>After <see cref="Evaluate"/>: which options had a risk against them.</summary>
    public bool[] AtRisk { get; }

    /// <summary>Runs the scenario with the given value index per dimension (or recalls it) and fills the flags.</summary>
    public void Evaluate(ReadOnlySpan<int> valueIndices)
    {
        var key = _cache?.Key(valueIndices) ?? 0;
        if (_cache?.TryGet(key, Recommended, AtRisk) == true)
        {
            return;
        }

        Run(valueIndices);
        _cache?.Add(key, Recommended, AtRisk);
    }

    private void Run(ReadOnlySpan<int> valueIndices)
    {
        _space.Facts(valueIndices, _facts);
        var session = new RuleSession(_space.RuleBase, ordered: false);
        for (var i = 0; i < _facts.Length; i++)
        {
            session.Insert(_facts[i], i);
        }

        session.Fire();
        Array.Clear(Recommended);
        Array.Clear(AtRisk);
        foreach (var fact in session.Session.Query<object>())
        {
            var type = fact.GetType();
            if (type == _recommendationType && _optionIndex.TryGetValue(_option(fact), out var recommended))
            {
                Recommended[recommended] = true;
            }
            else if (type == _riskType)
            {
                foreach (var option in _against(fact))
                {
                    if (_optionIndex.TryGetValue(option, out var index))
                    {
                        AtRisk[index] = true;
                    }
                }
            }
        }
    }

    // The runtime fact classes are generated, so their properties are read through compiled getters rather
    // than reflection on every scenario.
    private static Func<object, T> Getter<T>(Type type, string property)
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        var body = Expression.Convert(Expression.Property(Expression.Convert(fact, type), property), typeof(T));
        return Expression.Lambda<Func<object, T>>(body, fact).Compile();
    }
}
