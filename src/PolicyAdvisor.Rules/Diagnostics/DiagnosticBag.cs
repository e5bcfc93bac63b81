namespace PolicyAdvisor.Rules;

/// <summary>
/// Collects the diagnostics of a load so that every problem is reported, not only the first. A file of 900,000
/// broken facts must not hold 900,000 messages in memory: past <see cref="Capacity"/> diagnostics are counted
/// (<see cref="ErrorCount"/>, <see cref="Omitted"/>) but not kept. Errors and warnings have a capacity each, so a
/// flood of warnings never crowds out an error.
/// </summary>
/// <param name="capacity">The most errors, and the most warnings, kept; later ones are only counted.</param>
public sealed class DiagnosticBag(int capacity = DiagnosticBag.DefaultCapacity)
{
    /// <summary>The default of <see cref="Capacity"/>.</summary>
    public const int DefaultCapacity = 1_000;

    private readonly List<Diagnostic> _items = [];
    private int _errors;
    private int _warnings;

    /// <summary>The most errors, and the most warnings, kept.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>The diagnostics kept, in the order they were found (the first <see cref="Capacity"/> of each severity).</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>Diagnostics found after the bag was full: counted, not kept.</summary>
    public int Omitted { get; private set; }

    /// <summary>Whether any error (not warning) was reported.</summary>
    public bool HasErrors => _errors > 0;

    /// <summary>Number of errors reported, kept or not.</summary>
    public int ErrorCount => _errors;

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var seen = diagnostic.IsError ? ++_errors : ++_warnings;
        if (seen <= Capacity)
        {
            _items.Add(diagnostic);
        }
        else
        {
            Omitted++;
        }
    }

    /// <summary>Adds every diagnostic in order.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Reports an error at a node's position.</summary>
    public void Error(string code, string message, YamlNode at) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, code, message, at.File, at.Line, at.Column));

    /// <summary>Reports a warning at a node's position.</summary>
    public void Warning(string code, string message, YamlNode at) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, at.File, at.Line, at.Column));

    /// <summary>Reports an error at an explicit position.</summary>
    public void Error(string code, string message, string file, int line, int column) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, code, message, file, line, column));

    /// <summary>Reports a warning at an explicit position.</summary>
    public void Warning(string code, string message, string file, int line, int column) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, file, line, column));

    /// <summary>The diagnostics kept, sorted by file, line and column (ordinal, stable), for deterministic output.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Select((d, i) => (d, i))
            .OrderBy(x => x.d.File, StringComparer.Ordinal)
            .ThenBy(x => x.d.Line)
            .ThenBy(x => x.d.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToArray();
}
