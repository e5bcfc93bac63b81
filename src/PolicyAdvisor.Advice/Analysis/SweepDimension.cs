using PolicyAdvisor.Advice.Situations;
using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Analysis;

/// <summary>One uncertain field of a situation: the values a sweep tries and how likely each is.</summary>
/// <param name="FactId">The fact.</param>
/// <param name="Field">The field.</param>
/// <param name="Values">The alternative values, in the order the situation lists them.</param>
/// <param name="Likelihoods">The estimative likelihood of each value.</param>
/// <param name="Weights">Each value's likelihood midpoint, normalised so the field's weights sum to 1.</param>
/// <param name="StatedValue">The value the situation states (which may be none of the alternatives, e.g. pending).</param>
public sealed record SweepDimension(
    string FactId,
    string Field,
    IReadOnlyList<object?> Values,
    IReadOnlyList<Likelihood> Likelihoods,
    IReadOnlyList<double> Weights,
    object? StatedValue)
{
    /// <summary>The values rendered invariantly.</summary>
    public IReadOnlyList<string> Labels => Values.Select(FactValues.Format).ToArray();

    /// <summary><c>fact-id.field</c>.</summary>
    public string Name => FactId + "." + Field;

    /// <summary>The field as a reader would say it: <c>armenian-election.outcome</c> becomes "armenian election outcome".</summary>
    public string Phrase => (FactId.Replace('-', ' ') + " " + Field.Replace('_', ' ')).Trim();

    /// <summary>Index of the stated value among <see cref="Values"/>, or <c>Values.Count</c> when it is none of them.</summary>
    public int StatedIndex
    {
        get
        {
            var index = Values.ToList().FindIndex(v => FactValues.Format(v) == FactValues.Format(StatedValue));
            return index < 0 ? Values.Count : index;
        }
    }

    /// <summary>The value for an index, where <c>Values.Count</c> stands for the stated value.</summary>
    public object? ValueAt(int index) => index < Values.Count ? Values[index] : StatedValue;

    /// <summary>The label for an index, where <c>Values.Count</c> stands for the stated value.</summary>
    public string LabelAt(int index) => FactValues.Format(ValueAt(index));
}
