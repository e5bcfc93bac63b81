using PolicyAdvisor.Rules;

namespace PolicyAdvisor.Advice.Reporting;

/// <summary>
/// Orders claim ids as the digests list them (source by source, claim by claim), so "#4" comes before "#10";
/// ids no digest holds go last, ordinally.
/// </summary>
internal sealed class ClaimOrder : IComparer<string>
{
    private readonly Dictionary<string, int> _index;

    public ClaimOrder(SourceLibrary library) =>
        _index = library.Claims.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

    public int Compare(string? x, string? y)
    {
        var byIndex = _index.GetValueOrDefault(x ?? string.Empty, int.MaxValue).CompareTo(_index.GetValueOrDefault(y ?? string.Empty, int.MaxValue));
        return byIndex != 0 ? byIndex : string.CompareOrdinal(x, y);
    }
}
