namespace PolicyAdvisor.Advice.Reports;

/// <summary>A policy option from the catalog, its texts rendered for the memo's as-of date.</summary>
/// <param name="Id">Option id.</param>
/// <param name="Title">One-line title.</param>
/// <param name="Short">A few words naming it in tables and signposts (the title when the catalog gives none).</param>
/// <param name="Actors">Who would act.</param>
/// <param name="Summary">What it means.</param>
/// <param name="Pros">Benefits the sources give.</param>
/// <param name="Cons">Costs the sources give.</param>
public sealed record OptionInfo(
    string Id,
    string Title,
    string Short,
    IReadOnlyList<string> Actors,
    string Summary,
    IReadOnlyList<SourcedText> Pros,
    IReadOnlyList<SourcedText> Cons);

/// <summary>A short text with the claim ids it rests on.</summary>
public sealed record SourcedText(string Text, IReadOnlyList<string> Sources);
