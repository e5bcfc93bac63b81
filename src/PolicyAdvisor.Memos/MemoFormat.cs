namespace PolicyAdvisor.Memos;

/// <summary>The formats a memo can be rendered in.</summary>
public enum MemoFormat
{
    /// <summary>Markdown, exactly as the templates produce it.</summary>
    Markdown,

    /// <summary>A self-contained HTML5 page (Markdown converted, stylesheet embedded, print-ready).</summary>
    Html,

    /// <summary>The report as JSON, shaped as documented in <c>docs/memo-schema.json</c>.</summary>
    Json,

    /// <summary>A Word document built from the Markdown memo.</summary>
    Docx,
}
