namespace PolicyAdvisor.Cli.Authoring;

/// <summary>How a column gives way when a table is wider than the terminal.</summary>
internal enum CellFit
{
    /// <summary>Never shortened while anything else can be (ids, kinds, numbers).</summary>
    Keep,

    /// <summary>Wrapped on word boundaries (titles).</summary>
    Wrap,

    /// <summary>Cut at the end with an ellipsis; the full value is in <c>show</c> or <c>--format json</c>.</summary>
    Truncate,

    /// <summary>Cut at the start with an ellipsis, keeping the end (a path's file name and line).</summary>
    TruncateStart,
}

/// <summary>A column of a listing: its header (also its JSON key), how it gives way on a terminal, and whether it holds numbers.</summary>
internal sealed record TableColumn(string Header, CellFit Fit = CellFit.Keep, bool IsNumber = false);
