namespace PolicyAdvisor.Advice.Reports;

/// <summary>A policy option from the catalog.</summary>
public sealed record OptionInfo(
    string Id,
    string Title,
    IReadOnlyList<string> Actors,
    string Summary,
    IReadOnlyList<SourcedText> Pros,
    IReadOnlyList<SourcedText> Cons);

/// <summary>A short text with the claim ids it rests on.</summary>
public sealed record SourcedText(string Text, IReadOnlyList<string> Sources);
