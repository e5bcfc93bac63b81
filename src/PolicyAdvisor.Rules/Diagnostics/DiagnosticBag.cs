namespace PolicyAdvisor.Rules;

/// <summary>Collects the diagnostics of a load so that every problem is reported, not only the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The diagnostics in the order they were found.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>Whether any error (not warning) was reported.</summary>
    public bool HasErrors => _items.Exists(d => d.IsError);

    /// <summary>Number of errors reported.</summary>
    public int ErrorCount => _items.Count(d => d.IsError);

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds every diagnostic in order.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Reports an error at a node's position.</summary>
    public void Error(string code, string message, YamlNode at) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Error, code, message, at.File, at.Line, at.Column));

    /// <summary>Reports a warning at a node's position.</summary>
    public void Warning(string code, string message, YamlNode at) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, at.File, at.Line, at.Column));

    /// <summary>Reports an error at an explicit position.</summary>
    public void Error(string code, string message, string file, int line, int column) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Error, code, message, file, line, column));

    /// <summary>Reports a warning at an explicit position.</summary>
    public void Warning(string code, string message, string file, int line, int column) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, file, line, column));

    /// <summary>The diagnostics sorted by file, line and column (ordinal, stable), for deterministic output.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Select((d, i) => (d, i))
            .OrderBy(x => x.d.File, StringComparer.Ordinal)
            .ThenBy(x => x.d.Line)
            .ThenBy(x => x.d.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToArray();
}
