namespace PolicyAdvisor.Advice.Reports;

/// <summary>A fact as a reader sees it: where it came from and how far to trust it.</summary>
/// <param name="Id">Fact id.</param>
/// <param name="Type">Fact type name.</param>
/// <param name="Fields">Field values rendered invariantly (dates yyyy-MM-dd, lists comma-separated), in schema order.</param>
/// <param name="Confidence">low | moderate | high for situation facts; the weakest premise for derived facts.</param>
/// <param name="Sources">Claim ids the fact rests on.</param>
/// <param name="File">Situation file for situation facts; rule file for derived facts.</param>
/// <param name="Line">1-based line in <paramref name="File"/>.</param>
/// <param name="DerivedBy">Rule id that asserted it, or null for a situation fact.</param>
public sealed record FactRef(
    string Id,
    string Type,
    IReadOnlyList<FieldValue> Fields,
    string Confidence,
    IReadOnlyList<string> Sources,
    string File,
    int Line,
    string? DerivedBy);

/// <summary>A named field value rendered as invariant text.</summary>
public sealed record FieldValue(string Name, string Value);
