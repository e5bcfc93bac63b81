namespace PolicyAdvisor.Rules;

/// <summary>A policy option from options.yaml.</summary>
/// <param name="Id">Kebab-case id.</param>
/// <param name="Title">One-line title.</param>
/// <param name="Actors">Who would act (US, EU, UK, ...).</param>
/// <param name="Summary">What it means.</param>
/// <param name="Pros">Benefits the sources give.</param>
/// <param name="Cons">Costs the sources give.</param>
/// <param name="File">File it is declared in.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record OptionSpec(string Id, string Title, IReadOnlyList<string> Actors, string Summary, IReadOnlyList<OptionPoint> Pros, IReadOnlyList<OptionPoint> Cons, string File, int Line, int Column)
{
    /// <summary>A few words naming the option where a whole title would crowd the page (signposts, tables); the title when not given.</summary>
    public string Label
    {
        get => string.IsNullOrEmpty(_label) ? Title : _label;
        init => _label = value;
    }

    private readonly string? _label;
}
